package ninjs

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
)

// TestHostile reads, validates and writes shapes that stress the
// recursive parts: deeply nested associations (bounded by MaxDepth), many
// subjects, long strings, deep GeoJSON. Each must finish without a panic,
// with the documented outcome.
func TestHostile(t *testing.T) {
	nest := func(n int) string {
		return strings.Repeat(`{"uri":"u","name":"n","associations":[`, n) + `{"uri":"u","name":"n"}` + strings.Repeat("]}", n)
	}
	many := `{"uri":"u","subjects":[` + strings.Repeat(`{"name":"s","relevance":50},`, 100000) + `{"name":"s"}]}`
	geo := `{"uri":"u","places":[{"geojson":` + strings.Repeat(`{"type":"GeometryCollection","geometries":[`, 200) + strings.Repeat("]}", 200) + `}]}`
	tests := []struct {
		name    string
		in      string
		opts    ReadOptions
		readErr error
	}{
		{"associations 300 deep", nest(300), ReadOptions{}, nil},
		{"associations beyond MaxDepth", nest(600), ReadOptions{}, ErrDepth},
		{"100k subjects", many, ReadOptions{}, nil},
		{"1 MB string", `{"uri":"` + strings.Repeat("a", 1<<20) + `"}`, ReadOptions{}, nil},
		{"deep GeoJSON", geo, ReadOptions{}, nil},
		{"open brackets", strings.Repeat("[", 100000), ReadOptions{}, ErrDepth},
		{"unterminated", `{"uri":"u","title":"` + strings.Repeat("x", 1000), ReadOptions{}, ErrSyntax},
		{"numbers out of range", `{"uri":"u","urgency":1e999,"subjects":[{"relevance":1e300}]}`, ReadOptions{}, ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tt.opts.Parse([]byte(tt.in))
			if tt.readErr != nil {
				if !errors.Is(err, tt.readErr) {
					t.Fatalf("Parse() error = %v, want %v", err, tt.readErr)
				}
				if d == nil {
					return
				}
			} else if err != nil {
				t.Fatalf("Parse() error = %v", err)
			}
			_ = Validate(d)
			if _, err := Marshal(d); err != nil {
				t.Errorf("Marshal() error = %v", err)
			}
		})
	}
}

func TestReadContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, err := ReadOptions{}.ReadContext(ctx, strings.NewReader(`{"uri":"u"}`))
	if d != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("ReadContext(cancelled) = %v, %v; want nil, context.Canceled", d, err)
	}
	// A reader that never ends is cut at MaxBytes.
	d, err = ReadOptions{MaxBytes: 1 << 20}.Read(endless{})
	if d != nil || !errors.Is(err, ErrTooLarge) {
		t.Errorf("Read(endless) = %v, %v; want nil, ErrTooLarge", d, err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// TestConcurrent parses, validates and writes from many goroutines at
// once (run with -race).
func TestConcurrent(t *testing.T) {
	var inputs [][]byte
	for _, c := range synthetic {
		inputs = append(inputs, readFile(t, c.file))
	}
	var wg sync.WaitGroup
	outs := make([][]byte, 8)
	for g := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, in := range inputs {
				d, err := Parse(in)
				if err != nil {
					t.Error(err)
					return
				}
				_ = Validate(d)
				if d.Version.Major() != 1 {
					out, err := Marshal(d)
					if err != nil {
						t.Error(err)
						return
					}
					outs[g] = append(outs[g], out...)
				}
			}
		}()
	}
	wg.Wait()
	for _, o := range outs[1:] {
		if string(o) != string(outs[0]) {
			t.Fatal("concurrent writes differ")
		}
	}
}
