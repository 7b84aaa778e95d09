// Command stream is a normalisation service on NATS JetStream. It pulls raw
// pages (any format the library reads) from the input stream, parses,
// normalises, validates and enriches them, publishes canonical JSON to the
// output stream and rejected inputs with their reason to the dead-letter
// stream. Inputs are acknowledged only once their output is stored, and
// outputs are de-duplicated on the article ID, so a crash loses nothing and
// a redelivery publishes nothing twice. Run more processes to share the
// work: they pull from one durable consumer.
//
//	go run ./stream                                  # demo: embedded server, synthetic corpus, one service
//	go run ./stream -serve -port 4222                # an embedded server for the commands below
//	go run ./stream -nats nats://127.0.0.1:4222 -publish 5000
//	go run ./stream -nats nats://127.0.0.1:4222      # a service process; start as many as you like
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsmodel/news/examples/integrations/internal/synth"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("stream: ")
	var (
		url      = flag.String("nats", "", "NATS server URLs, comma-separated (default: start an embedded server)")
		creds    = flag.String("creds", "", "NATS credentials file (JWT and NKey) for an external cluster")
		tlsCA    = flag.String("tls-ca", "", "CA certificate file to verify the servers' TLS certificates")
		serve    = flag.Bool("serve", false, "only run an embedded server, until interrupted")
		port     = flag.Int("port", 0, "port of the embedded server (default: a free port)")
		dataDir  = flag.String("data", "", "directory of the embedded server's streams (default: a temporary one)")
		publish  = flag.Int("publish", 0, "publish this many synthetic inputs and exit (with -nats)")
		start    = flag.Int("start", 0, "index of the first synthetic input to publish")
		bad      = flag.Int("bad", 10, "make every bad-th synthetic input broken (0: none)")
		n        = flag.Int("n", 1000, "demo: synthetic inputs to publish")
		idle     = flag.Duration("idle", 0, "exit after no input arrived for this long (0: run until interrupted)")
		replicas = flag.Int("replicas", 0, "stream replicas on a cluster (default 1)")
		ackWait  = flag.Duration("ack-wait", 0, "redelivery delay of unacknowledged inputs (default 30s)")
		durable  = flag.String("durable", "", "durable consumer name (default normalizer)")
		throttle = flag.Duration("throttle", 0, "pause between publishing an output and acknowledging its input (for crash tests)")
	)
	flag.Parse()
	cfg := Config{Replicas: *replicas, AckWait: *ackWait, Durable: *durable}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var err error
	switch {
	case *serve:
		err = runServer(ctx, *dataDir, *port)
	case *url == "":
		err = runDemo(ctx, *dataDir, *n, *bad, cfg)
	default:
		var nc *nats.Conn
		nc, err = connect(*url, *creds, *tlsCA)
		if err != nil {
			break
		}
		defer nc.Drain()
		js, _ := jetstream.New(nc)
		if *publish > 0 {
			err = publishCorpus(ctx, js, cfg, *start, *publish, *bad)
			break
		}
		err = runService(ctx, js, cfg, *idle, *throttle)
	}
	if err != nil {
		log.Print(err)
		os.Exit(1)
	}
}

func connect(url, creds, tlsCA string) (*nats.Conn, error) {
	opts := []nats.Option{
		nats.Name("news-normalizer"),
		nats.MaxReconnects(-1), // ride out a cluster node restarting
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Printf("disconnected: %v", err)
			}
		}),
	}
	if creds != "" {
		opts = append(opts, nats.UserCredentials(creds))
	}
	if tlsCA != "" {
		opts = append(opts, nats.RootCAs(tlsCA))
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", url, err)
	}
	return nc, nil
}

func runService(ctx context.Context, js jetstream.JetStream, cfg Config, idle, throttle time.Duration) error {
	svc, err := NewService(ctx, js, cfg)
	if err != nil {
		return err
	}
	svc.throttle = throttle
	started := time.Now()
	err = svc.Run(ctx, idle)
	log.Printf("pid %d: %v in %v", os.Getpid(), &svc.Stats, time.Since(started).Round(time.Millisecond))
	return err
}

// publishCorpus publishes synthetic inputs start…start+n-1 (every bad-th
// one broken).
func publishCorpus(ctx context.Context, js jetstream.JetStream, cfg Config, start, n, bad int) error {
	inputs := make([][]byte, n)
	for i := range inputs {
		inputs[i], _ = synth.Input(start+i, bad)
	}
	return publishInputs(ctx, js, cfg, start, inputs)
}

// publishInputs publishes inputs to the input subject, input k with
// Nats-Msg-Id "in-<start+k>", so that publishing twice stores each once.
func publishInputs(ctx context.Context, js jetstream.JetStream, cfg Config, start int, inputs [][]byte) error {
	cfg = cfg.withDefaults()
	if _, err := Setup(ctx, js, cfg); err != nil {
		return err
	}
	for k, data := range inputs {
		m := nats.NewMsg(cfg.PagesSubject)
		m.Data = data
		m.Header.Set(nats.MsgIdHdr, "in-"+strconv.Itoa(start+k))
		if _, err := js.PublishMsgAsync(m); err != nil {
			return err
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-ctx.Done():
		return ctx.Err()
	}
	if k := js.PublishAsyncPending(); k > 0 {
		return fmt.Errorf("%d inputs not acknowledged", k)
	}
	return nil
}

func runServer(ctx context.Context, dir string, port int) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "newsnats")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	s, err := startServer(dir, port)
	if err != nil {
		return err
	}
	fmt.Printf("NATS with JetStream at %s (streams in %s); interrupt to stop\n", s.ClientURL(), dir)
	<-ctx.Done()
	s.Shutdown()
	s.WaitForShutdown()
	return nil
}

// runDemo starts an embedded server, publishes a synthetic corpus, runs
// one service until the input is drained, and shows what came out.
func runDemo(ctx context.Context, dir string, n, bad int, cfg Config) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "newsnats")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	s, err := startServer(dir, 0)
	if err != nil {
		return err
	}
	defer func() { s.Shutdown(); s.WaitForShutdown() }()
	nc, err := connect(s.ClientURL(), "", "")
	if err != nil {
		return err
	}
	defer nc.Drain()
	js, _ := jetstream.New(nc)
	fmt.Printf("embedded NATS at %s\n", s.ClientURL())

	t0 := time.Now()
	if err := publishCorpus(ctx, js, cfg, 0, n, bad); err != nil {
		return err
	}
	fmt.Printf("published %d inputs (every %dth broken) in %v\n", n, bad, time.Since(t0).Round(time.Millisecond))

	svc, err := NewService(ctx, js, cfg)
	if err != nil {
		return err
	}
	t1 := time.Now()
	idle := 500 * time.Millisecond
	if err := svc.Run(ctx, idle); err != nil {
		return err
	}
	took := time.Since(t1) - idle
	fmt.Printf("service: %v in %v (%.0f inputs/s)\n", &svc.Stats, took.Round(time.Millisecond), float64(n)/took.Seconds())

	cfg = cfg.withDefaults()
	for _, name := range []string{cfg.Pages, cfg.Articles, cfg.Dead} {
		st, err := js.Stream(ctx, name)
		if err != nil {
			return err
		}
		fmt.Printf("stream %-14s %6d messages\n", name, st.CachedInfo().State.Msgs)
	}
	if m, err := firstMsg(ctx, js, cfg.Dead); err == nil {
		fmt.Printf("\nfirst dead letter (%s): %s\n", m.Subject, m.Header.Get(HeaderReason))
	}
	if m, err := firstMsg(ctx, js, cfg.Articles); err == nil {
		doc := string(m.Data)
		if len(doc) > 600 {
			doc = doc[:600] + "…"
		}
		fmt.Printf("\nfirst output (%s, from %s):\n%s\n", m.Subject, m.Header.Get(HeaderInput), strings.TrimSpace(doc))
	}
	return nil
}

func firstMsg(ctx context.Context, js jetstream.JetStream, stream string) (*jetstream.RawStreamMsg, error) {
	st, err := js.Stream(ctx, stream)
	if err != nil {
		return nil, err
	}
	return st.GetMsg(ctx, 1)
}
