package hostile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSpec(t *testing.T) {
	tests := []struct {
		name string
		spec Spec
		want string
	}{
		{"repeat", Repeat("<", "ab", 3, ">"), "<ababab>"},
		{"nest", Nest("[", "1", "]", 2), "[[1]]"},
		{"seq", Spec{{S: "k{i}={i};", N: 3, Seq: true}}, "k0=0;k1=1;k2=2;"},
		{"zero count is one", Spec{{S: "x"}}, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(tt.spec.Build())); diff != "" {
				t.Errorf("Build() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSized(t *testing.T) {
	s := Nest("[", "", "]", 1)
	for _, n := range []int{1, 10, 1024, 1 << 20} {
		got := len(s.Sized(n))
		if got > n+2 || got < n-2 && n > 2 {
			t.Errorf("len(Sized(%d)) = %d, want about %d", n, got, n)
		}
	}
}

func TestUnquote(t *testing.T) {
	s, err := Spec{{S: `{"a":"\xff\u202e"}` + "\n"}}.Unquote()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("{\"a\":\"\xff\u202e\"}\n", string(s.Build())); diff != "" {
		t.Errorf("Unquote mismatch (-want +got):\n%s", diff)
	}
	if _, err := (Spec{{S: `\q`}}).Unquote(); err == nil {
		t.Error(`Unquote(\q) succeeded, want an error`)
	}
}

func TestInvalidUTF8(t *testing.T) {
	type inner struct {
		ok  string
		bad []byte
	}
	v := struct {
		A string
		B []inner
		C map[string]any
		D *inner
	}{
		A: "fine",
		B: []inner{{ok: "x"}, {ok: "y", bad: []byte{0xff}}},
		C: map[string]any{"k": "\xc0\xaf"},
		D: &inner{ok: "\xed\xa0\x80"},
	}
	want := []string{".B[1].bad", `.C["k"]`, ".D.ok"}
	if diff := cmp.Diff(want, InvalidUTF8(v, 0)); diff != "" {
		t.Errorf("InvalidUTF8 mismatch (-want +got):\n%s", diff)
	}
	if got := InvalidUTF8(v, 1); len(got) != 1 {
		t.Errorf("InvalidUTF8(v, 1) = %v, want one path", got)
	}
}
