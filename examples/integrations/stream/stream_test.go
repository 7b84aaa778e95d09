package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
	"github.com/newsmodel/news/examples/integrations/internal/synth"
)

// testServer starts an embedded server on 127.0.0.1 with a free port and
// returns its URL and a JetStream client.
func testServer(t testing.TB) (string, jetstream.JetStream) {
	t.Helper()
	s, err := startServer(t.TempDir(), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return s.ClientURL(), js
}

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// serviceBinary builds this program with go build, once per test run.
func serviceBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "streamtest")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "stream")
		out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary))
	}
	os.Exit(code)
}

// startService runs the service binary as a separate process.
func startService(t testing.TB, url string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(serviceBinary(t), append([]string{"-nats", url}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A test that fails half-way leaves no process behind.
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return cmd, &stderr
}

func msgCount(t testing.TB, js jetstream.JetStream, stream string) uint64 {
	t.Helper()
	st, err := js.Stream(context.Background(), stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// waitFor polls cond every 10ms until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// readAll returns every message stored in a stream, in order.
func readAll(t testing.TB, js jetstream.JetStream, stream string) []*jetstream.RawStreamMsg {
	t.Helper()
	ctx := context.Background()
	st, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []*jetstream.RawStreamMsg
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

func TestProcess(t *testing.T) {
	for i := range 30 {
		in, broken := synth.Input(i, 6)
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			r, err := process(in, "")
			if broken {
				if err == nil {
					t.Fatalf("process(broken input %d) = nil error", i)
				}
				if strings.ContainsAny(reason(err), "\r\n") {
					t.Errorf("reason(%v) is not one line", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("process(input %d) error: %v", i, err)
			}
			if err := validJSONArticle(r.doc); err != nil {
				t.Fatal(err)
			}
			if r.key != subjectKey(r.id) || r.hash != contentHash(r.doc) {
				t.Errorf("process(input %d): key %q, hash %q do not derive from the output", i, r.key, r.hash)
			}
			again, _ := process(r.doc, "json")
			if !bytes.Equal(again.doc, r.doc) {
				t.Errorf("process is not idempotent on input %d:\n%s\n%s", i, r.doc, again.doc)
			}
		})
	}
}

// TestResubmission runs the service in this process: the same article
// published three times gives one output, a revision of it a second one.
func TestResubmission(t *testing.T) {
	_, js := testServer(t)
	ctx := context.Background()
	cfg := Config{}.withDefaults()
	svc, err := NewService(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	revised := synth.Article(4)
	revised.Headline += " (updated)"
	revisedJSON, _ := revised.MarshalJSON()
	inputs := [][]byte{synth.Page(4), synth.Page(4), synth.Page(4), revisedJSON}
	for i, data := range inputs {
		m := nats.NewMsg(cfg.PagesSubject)
		m.Data = data
		m.Header.Set(nats.MsgIdHdr, fmt.Sprintf("resubmit-%d", i))
		if _, err := js.PublishMsg(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := svc.Run(ctx, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if got := msgCount(t, js, cfg.Articles); got != 2 {
		t.Errorf("outputs = %d, want 2 (the article and its revision)", got)
	}
	if d := svc.Stats.Duplicates.Load(); d != 2 {
		t.Errorf("duplicates skipped = %d, want 2", d)
	}
}

// TestMaxDeliver checks that an input on its last allowed delivery goes to
// the dead letters unprocessed rather than being dropped.
func TestMaxDeliver(t *testing.T) {
	_, js := testServer(t)
	ctx := context.Background()
	cfg := Config{MaxDeliver: 2}.withDefaults()
	svc, err := NewService(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, cfg.PagesSubject, synth.Page(1)); err != nil {
		t.Fatal(err)
	}
	// A first delivery that is never acknowledged, as a crash leaves it.
	batch, err := svc.cons.Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range batch.Messages() {
		m.Nak()
	}
	if err := svc.Run(ctx, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	dead := readAll(t, js, cfg.Dead)
	if len(dead) != 1 || msgCount(t, js, cfg.Articles) != 0 {
		t.Fatalf("dead letters = %d, outputs = %d; want 1, 0", len(dead), msgCount(t, js, cfg.Articles))
	}
	if n := dead[0].Header.Get(HeaderDeliveries); n != "2" {
		t.Errorf("dead letter deliveries = %q, want 2", n)
	}
	if !bytes.Equal(dead[0].Data, synth.Page(1)) {
		t.Error("dead letter does not hold the raw input")
	}
}

// corpus returns the inputs of the exactly-once test: documents in every
// format articletest writes, articles broken in each way articletest knows,
// and synthetic pages and broken inputs, interleaved. Every input is a
// different article: the same article twice would give one output, by
// design (TestResubmission).
func corpus(t testing.TB) [][]byte {
	t.Helper()
	var inputs [][]byte
	for i, f := range articletest.Formats() {
		c := articletest.Corpus{Builder: articletest.Builder{Seed: uint64(1000 * (i + 1))}, N: 45, Formats: []article.Format{f}}
		docs, err := c.Documents()
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			inputs = append(inputs, d.Data)
		}
	}
	base := articletest.Builder{Seed: 100000}.Articles(len(articletest.Breakages()))
	for i, b := range articletest.Breakages() {
		broken, _ := b.Apply(base[i])
		data, err := broken.MarshalJSON()
		if err != nil {
			continue // a breakage the canonical JSON cannot carry
		}
		inputs = append(inputs, data)
	}
	for i := range 60 {
		data, _ := synth.Input(i, 4)
		inputs = append(inputs, data)
	}
	// Interleave, deterministically, so that formats and failures mix.
	out := make([][]byte, 0, len(inputs))
	for k := range 7 {
		for i := k; i < len(inputs); i += 7 {
			out = append(out, inputs[i])
		}
	}
	return out
}

// TestExactlyOnce publishes a corpus, runs the service as a separate
// process, kills it with SIGKILL midway, starts it again, and counts the
// raw output and dead-letter messages: every input must appear exactly
// once in one of them, the one processing it in this process chooses.
func TestExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the service binary")
	}
	url, js := testServer(t)
	ctx := context.Background()
	ackWait := "1s" // how soon the killed process's inputs are redelivered
	cfg := Config{AckWait: time.Second}.withDefaults()
	inputs := corpus(t)
	n := len(inputs)
	if err := publishInputs(ctx, js, cfg, 0, inputs); err != nil {
		t.Fatal(err)
	}
	serviceBinary(t)

	// The first process pauses between each publish and its ack, so the
	// kill is likely to land with outputs published but not acknowledged.
	first, stderr := startService(t, url, "-ack-wait", ackWait, "-throttle", "3ms")
	waitFor(t, 60*time.Second, "a third of the outputs", func() bool {
		return msgCount(t, js, cfg.Articles)+msgCount(t, js, cfg.Dead) >= uint64(n/3)
	})
	first.Process.Signal(syscall.SIGKILL)
	first.Wait()
	atKill := msgCount(t, js, cfg.Articles) + msgCount(t, js, cfg.Dead)
	t.Logf("killed the first process with %d of %d inputs done (%s)", atKill, n, strings.TrimSpace(stderr.String()))

	second, stderr2 := startService(t, url, "-ack-wait", ackWait)
	cons, err := js.Consumer(ctx, cfg.Pages, cfg.Durable)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 90*time.Second, "every input acknowledged", func() bool {
		info, err := cons.Info(ctx)
		return err == nil && info.NumPending == 0 && info.NumAckPending == 0 && info.AckFloor.Stream >= uint64(n)
	})
	second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Errorf("second process: %v\n%s", err, stderr2)
	}
	t.Logf("second process: %s", strings.TrimSpace(stderr2.String()))

	seen := make(map[string][]string)
	outputs := readAll(t, js, cfg.Articles)
	keys := make(map[string]bool)
	for _, m := range outputs {
		if keys[m.Header.Get(HeaderKey)] {
			t.Errorf("article %s published twice", m.Header.Get(HeaderKey))
		}
		keys[m.Header.Get(HeaderKey)] = true
		seen[m.Header.Get(HeaderInput)] = append(seen[m.Header.Get(HeaderInput)], "output")
		if err := validJSONArticle(m.Data); err != nil {
			t.Errorf("output %s: %v", m.Subject, err)
		}
	}
	dead := readAll(t, js, cfg.Dead)
	for _, m := range dead {
		seen[m.Header.Get(HeaderInput)] = append(seen[m.Header.Get(HeaderInput)], "dead")
		if m.Header.Get(HeaderReason) == "" {
			t.Errorf("dead letter %s has no reason", m.Subject)
		}
	}
	wantDead := 0
	for i, data := range inputs {
		want := "output"
		if _, err := process(data, ""); err != nil {
			want = "dead"
			wantDead++
		}
		id := "in-" + strconv.Itoa(i)
		if got := seen[id]; len(got) != 1 || got[0] != want {
			t.Errorf("input %s appears as %v, want once as %s", id, got, want)
		}
		delete(seen, id)
	}
	for id, where := range seen {
		t.Errorf("unexpected messages from input %q: %v", id, where)
	}
	if wantDead == 0 || wantDead == n {
		t.Errorf("%d of %d inputs are dead letters; the corpus must exercise both paths", wantDead, n)
	}
	if len(outputs)+len(dead) != n || len(dead) != wantDead {
		t.Errorf("raw counts: %d outputs + %d dead letters, want %d + %d", len(outputs), len(dead), n-wantDead, wantDead)
	}
	t.Logf("exactly once: %d inputs -> %d outputs + %d dead letters", n, len(outputs), len(dead))
}
