package countries

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type listErr struct {
	Offset    int
	Item      string
	Ambiguous bool
}

func listErrors(t *testing.T, err error) []listErr {
	t.Helper()
	if err == nil {
		return nil
	}
	var out []listErr
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var le *ListError
		if !errors.As(e, &le) || !errors.Is(e, ErrUnknown) {
			t.Fatalf("error %v is not a *ListError wrapping ErrUnknown", e)
		}
		out = append(out, listErr{le.Offset, le.Item, errors.Is(e, ErrAmbiguous)})
	}
	return out
}

func TestParseList(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr []listErr
	}{
		{"", nil, nil},
		{" ; ,, ", nil, nil},
		{"IQ, US", []string{"IQ", "US"}, nil},
		{"IQ,US", []string{"IQ", "US"}, nil},
		{"iraq; united-states;", []string{"IQ", "US"}, nil},
		{"Iraq and the United States", []string{"IQ", "US"}, nil},
		{"Iraq and the United States.", []string{"IQ", "US"}, nil},
		{"Iraq & Syria", []string{"IQ", "SY"}, nil},
		{"Trinidad and Tobago", []string{"TT"}, nil},
		{"Iraq and Trinidad and Tobago", []string{"IQ", "TT"}, nil},
		{"Bosnia and Herzegovina, Antigua and Barbuda and Iraq", []string{"AG", "BA", "IQ"}, nil},
		{"France / Germany | Italy\nSpain\tPortugal", []string{"DE", "ES", "FR", "IT", "PT"}, nil},
		{"Iraqis, Americans", []string{"IQ", "US"}, nil},
		{"Iraq, Narnia, US", []string{"IQ", "US"}, []listErr{{6, "Narnia", false}}},
		{"Narnia and Iraq", []string{"IQ"}, []listErr{{0, "Narnia", false}}},
		{"Iraq and Narnia and Oz", []string{"IQ"}, []listErr{{9, "Narnia", false}, {20, "Oz", false}}},
		{"Congo; Iraq", []string{"IQ"}, []listErr{{0, "Congo", true}}},
		{"Iraq, Atlantis.", []string{"IQ"}, []listErr{{6, "Atlantis", false}}},
		{"andorra, Sandland", []string{"AD"}, []listErr{{9, "Sandland", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseList(tt.in)
			if diff := cmp.Diff(tt.want, setCodes(got)); diff != "" {
				t.Errorf("ParseList(%q) set (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantErr, listErrors(t, err)); diff != "" {
				t.Errorf("ParseList(%q) errors (-want +got):\n%s", tt.in, diff)
			}
			for _, le := range tt.wantErr {
				if !strings.HasPrefix(tt.in[le.Offset:], le.Item) {
					t.Errorf("offset %d does not point at %q", le.Offset, le.Item)
				}
			}
		})
	}
	t.Run("error message", func(t *testing.T) {
		_, err := ParseList("Narnia")
		if got := err.Error(); got != `countries: unknown item "Narnia" at offset 0` {
			t.Errorf("Error() = %q", got)
		}
	})
	t.Run("bounded", func(t *testing.T) {
		_, err := ParseList(strings.Repeat("x,", 20000))
		if n := len(listErrors(t, err)); n != maxListItems+1 {
			t.Errorf("%d errors, want %d", n, maxListItems+1)
		}
	})
}
