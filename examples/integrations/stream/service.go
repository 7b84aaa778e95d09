package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Headers the service reads and writes.
const (
	// HeaderFormat on an input names its format ("text", "json"); without
	// it the format is detected.
	HeaderFormat = "News-Format"
	// HeaderInput on an output or dead letter is the input's Nats-Msg-Id,
	// or "seq:N" with its stream sequence when the publisher gave none.
	HeaderInput = "News-Input"
	// HeaderKey on an output is the subject token of the article ID.
	HeaderKey = "News-Article-Key"
	// HeaderHash on an output identifies its content (the canonical JSON).
	HeaderHash = "News-Content-Hash"
	// HeaderProblems on an output counts the problems a lenient parse
	// repaired.
	HeaderProblems = "News-Parse-Problems"
	// HeaderReason on a dead letter says why the input was rejected.
	HeaderReason = "News-Reason"
	// HeaderDeliveries on a dead letter is how often the input was delivered.
	HeaderDeliveries = "News-Deliveries"
)

// Config names the streams, subjects and consumer the service uses. The
// zero value of each field selects the default in its comment.
type Config struct {
	// Pages is the input stream (NEWS_PAGES), capturing PagesSubject
	// (news.pages) and the subjects below it.
	Pages, PagesSubject string
	// Articles is the output stream (NEWS_ARTICLES); each article is
	// published on ArticlesPrefix.<key> (news.articles.<key>), where key is
	// derived from the article ID.
	Articles, ArticlesPrefix string
	// Dead is the dead-letter stream (NEWS_DEAD); rejected inputs go to
	// DeadPrefix.<input sequence> (news.dead.<seq>) with the reason in a
	// header.
	Dead, DeadPrefix string
	// Durable is the shared durable pull consumer (normalizer): every
	// service process pulls from it, so running more processes shares the
	// work.
	Durable string
	// AckWait is how long an unacknowledged input waits before it is
	// delivered again (30s): the delay before the inputs a crashed process
	// held are taken up by another.
	AckWait time.Duration
	// MaxDeliver is how many deliveries an input gets (5): its last
	// delivery sends it to the dead letters without processing it, so an
	// input that crashes every process that reads it stops there. The
	// consumer itself redelivers without limit, so an input whose dead
	// letter cannot be written is not lost either.
	MaxDeliver int
	// DuplicateWindow is the output and dead-letter streams' de-duplication
	// window (10m), which must cover AckWait × MaxDeliver.
	DuplicateWindow time.Duration
	// Batch is how many inputs a process holds at once (64).
	Batch int
	// Replicas is the streams' replication factor on a cluster (1).
	Replicas int
}

func (c Config) withDefaults() Config {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.Pages, "NEWS_PAGES")
	def(&c.PagesSubject, "news.pages")
	def(&c.Articles, "NEWS_ARTICLES")
	def(&c.ArticlesPrefix, "news.articles")
	def(&c.Dead, "NEWS_DEAD")
	def(&c.DeadPrefix, "news.dead")
	def(&c.Durable, "normalizer")
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.DuplicateWindow <= 0 {
		c.DuplicateWindow = 10 * time.Minute
	}
	if c.Batch <= 0 {
		c.Batch = 64
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// Setup creates or updates the streams and the durable consumer. It is
// idempotent, so every process may call it.
func Setup(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Consumer, error) {
	c = c.withDefaults()
	streams := []jetstream.StreamConfig{
		{Name: c.Pages, Subjects: []string{c.PagesSubject, c.PagesSubject + ".>"}, Duplicates: c.DuplicateWindow},
		{Name: c.Articles, Subjects: []string{c.ArticlesPrefix + ".>"}, Duplicates: c.DuplicateWindow, AllowDirect: true},
		{Name: c.Dead, Subjects: []string{c.DeadPrefix + ".>"}, Duplicates: c.DuplicateWindow, AllowDirect: true},
	}
	for _, sc := range streams {
		sc.Storage = jetstream.FileStorage
		sc.Replicas = c.Replicas
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return nil, fmt.Errorf("stream: creating stream %s: %w", sc.Name, err)
		}
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, c.Pages, jetstream.ConsumerConfig{
		Durable:       c.Durable,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    -1,
		MaxAckPending: 16 * c.Batch,
		Replicas:      c.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("stream: creating consumer %s: %w", c.Durable, err)
	}
	return cons, nil
}

// Stats counts what a Service did.
type Stats struct {
	// Published inputs became a new output message; Duplicates were already
	// published (a redelivery after a crash, or the same article again);
	// Dead went to the dead letters; Retried failed to publish and were
	// left for redelivery.
	Published, Duplicates, Dead, Retried atomic.Int64
}

func (s *Stats) String() string {
	return fmt.Sprintf("published %d, duplicates skipped %d, dead letters %d, retried %d",
		s.Published.Load(), s.Duplicates.Load(), s.Dead.Load(), s.Retried.Load())
}

// A Service normalises the inputs of one durable consumer.
type Service struct {
	js       jetstream.JetStream
	cons     jetstream.Consumer
	articles jetstream.Stream
	dead     jetstream.Stream
	cfg      Config
	// Stats counts the work done.
	Stats Stats
	// throttle, when set, runs between publishing an output and
	// acknowledging its input: tests widen that window to crash in it.
	throttle time.Duration
}

// NewService sets up the streams and returns a service on them.
func NewService(ctx context.Context, js jetstream.JetStream, c Config) (*Service, error) {
	c = c.withDefaults()
	cons, err := Setup(ctx, js, c)
	if err != nil {
		return nil, err
	}
	articles, err := js.Stream(ctx, c.Articles)
	if err != nil {
		return nil, err
	}
	dead, err := js.Stream(ctx, c.Dead)
	if err != nil {
		return nil, err
	}
	return &Service{js: js, cons: cons, articles: articles, dead: dead, cfg: c}, nil
}

// Run processes inputs until ctx is done, or until no input has arrived
// for idle when idle > 0. Inputs in flight when it returns are released
// with a negative acknowledgement, for another process to take.
func (s *Service) Run(ctx context.Context, idle time.Duration) error {
	it, err := s.cons.Messages(jetstream.PullMaxMessages(s.cfg.Batch))
	if err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	defer it.Stop()
	last := time.Now()
	for {
		wait, cancel := context.WithTimeout(ctx, 250*time.Millisecond)
		msg, err := it.Next(jetstream.NextContext(wait))
		cancel()
		switch {
		case err == nil:
			last = time.Now()
			if ctx.Err() != nil {
				msg.Nak()
				return nil
			}
			s.handle(ctx, msg)
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout):
			if idle > 0 && time.Since(last) >= idle {
				return nil
			}
		case errors.Is(err, jetstream.ErrMsgIteratorClosed):
			return nil
		default:
			log.Printf("stream: %v", err)
		}
	}
}

// handle processes one input. The order of the steps is what makes the
// service crash-safe and idempotent:
//
//  1. An output already on the article's subject with the same content
//     hash means the work was done (before a crash, or for an identical
//     input): acknowledge and stop.
//  2. Publish with Nats-Msg-Id set to key.hash, so that two processes racing
//     on one article, or a retry, store one message (JetStream drops
//     duplicates within the window).
//  3. Acknowledge the input only after the publish is acknowledged; a crash
//     before that leaves the input to be delivered again, and step 1 or 2
//     stops the duplicate.
func (s *Service) handle(ctx context.Context, msg jetstream.Msg) {
	meta, err := msg.Metadata()
	if err != nil {
		log.Printf("stream: %v", err)
		msg.Term()
		return
	}
	input := msg.Headers().Get(nats.MsgIdHdr)
	if input == "" {
		input = "seq:" + strconv.FormatUint(meta.Sequence.Stream, 10)
	}
	if int(meta.NumDelivered) >= s.cfg.MaxDeliver {
		s.deadLetter(ctx, msg, meta, input, fmt.Errorf("stream: not acknowledged after %d deliveries", meta.NumDelivered-1))
		return
	}
	r, perr := process(msg.Data(), msg.Headers().Get(HeaderFormat))
	if perr != nil {
		s.deadLetter(ctx, msg, meta, input, perr)
		return
	}
	subject := s.cfg.ArticlesPrefix + "." + r.key
	if prev, err := s.articles.GetLastMsgForSubject(ctx, subject); err == nil && prev.Header.Get(HeaderHash) == r.hash {
		s.Stats.Duplicates.Add(1)
		msg.Ack()
		return
	} else if err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		s.retry(msg, meta, err)
		return
	}
	out := nats.NewMsg(subject)
	out.Data = r.doc
	out.Header.Set(nats.MsgIdHdr, r.key+"."+r.hash)
	out.Header.Set(HeaderInput, input)
	out.Header.Set(HeaderKey, r.key)
	out.Header.Set(HeaderHash, r.hash)
	if r.problems > 0 {
		out.Header.Set(HeaderProblems, strconv.Itoa(r.problems))
	}
	ack, err := s.js.PublishMsg(ctx, out, jetstream.WithExpectStream(s.cfg.Articles))
	if err != nil {
		s.retry(msg, meta, err)
		return
	}
	if s.throttle > 0 {
		time.Sleep(s.throttle)
	}
	if ack.Duplicate {
		s.Stats.Duplicates.Add(1)
	} else {
		s.Stats.Published.Add(1)
	}
	msg.Ack()
}

// deadLetter publishes the raw input with the reason to the dead-letter
// subject of its sequence, de-duplicated on that sequence, then
// acknowledges it.
func (s *Service) deadLetter(ctx context.Context, msg jetstream.Msg, meta *jetstream.MsgMetadata, input string, cause error) {
	seq := strconv.FormatUint(meta.Sequence.Stream, 10)
	subject := s.cfg.DeadPrefix + "." + seq
	if meta.NumDelivered > 1 {
		// Beyond the de-duplication window, a redelivered input may find its
		// dead letter already written.
		if _, err := s.dead.GetLastMsgForSubject(ctx, subject); err == nil {
			s.Stats.Duplicates.Add(1)
			msg.Ack()
			return
		}
	}
	dl := nats.NewMsg(subject)
	dl.Data = msg.Data()
	dl.Header.Set(nats.MsgIdHdr, "dead."+seq)
	dl.Header.Set(HeaderInput, input)
	dl.Header.Set(HeaderReason, reason(cause))
	dl.Header.Set(HeaderDeliveries, strconv.FormatUint(meta.NumDelivered, 10))
	if f := msg.Headers().Get(HeaderFormat); f != "" {
		dl.Header.Set(HeaderFormat, f)
	}
	ack, err := s.js.PublishMsg(ctx, dl, jetstream.WithExpectStream(s.cfg.Dead))
	if err != nil {
		s.retry(msg, meta, err)
		return
	}
	if ack.Duplicate {
		s.Stats.Duplicates.Add(1)
	} else {
		s.Stats.Dead.Add(1)
	}
	msg.Ack()
}

// retry leaves an input whose output could not be written for a later
// delivery.
func (s *Service) retry(msg jetstream.Msg, meta *jetstream.MsgMetadata, err error) {
	log.Printf("stream: input %d (delivery %d): %v", meta.Sequence.Stream, meta.NumDelivered, err)
	s.Stats.Retried.Add(1)
	msg.NakWithDelay(time.Second)
}
