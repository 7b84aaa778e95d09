package main

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// startServer starts an embedded NATS server with JetStream on 127.0.0.1,
// keeping its streams in dir. Port 0 picks a free port. Stop it with
// Shutdown and WaitForShutdown.
func startServer(dir string, port int) (*server.Server, error) {
	if port == 0 {
		port = server.RANDOM_PORT
	}
	opts := &server.Options{
		ServerName: "news-embedded",
		Host:       "127.0.0.1",
		Port:       port,
		JetStream:  true,
		StoreDir:   dir,
		NoLog:      true,
		NoSigs:     true,
	}
	s, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("stream: embedded server: %w", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("stream: embedded server did not start")
	}
	return s, nil
}
