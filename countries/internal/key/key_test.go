package key

import "testing"

func TestAppend(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Iraq", "iraq"},
		{"  United   States  ", "united states"},
		{"united-states", "united states"},
		{"united_states", "united states"},
		{"U.S.", "us"},
		{"Côte d’Ivoire", "cote divoire"},
		{"Cote d'Ivoire", "cote divoire"},
		{"São Tomé & Príncipe", "sao tome principe"},
		{"Åland", "aland"},
		{"Türkiye", "turkiye"},
		{"ÉTATS-UNIS", "etats unis"},
		{"العراق", "العراق"},
		{"Ελλάδα", "ελλαδα"},
		{"Iraq\xffSyria", "iraq syria"},
		{"...", ""},
		{"A1 b2", "a1 b2"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, h := AppendHash([]byte("x"), tt.in)
			if string(got[1:]) != tt.want {
				t.Errorf("AppendHash(%q) = %q, want %q", tt.in, got[1:], tt.want)
			}
			hs := NewHasher()
			for i := 0; i < len(tt.want); i++ {
				hs.Add(tt.want[i])
			}
			if h != Hash(got[1:]) || h != HashString(tt.want) || h != hs.Sum() {
				t.Errorf("AppendHash(%q) hash %x, Hash %x, HashString %x, Hasher %x", tt.in, h, Hash(got[1:]), HashString(tt.want), hs.Sum())
			}
			if got := Append(nil, tt.in); string(got) != tt.want {
				t.Errorf("Append(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendFold(t *testing.T) {
	tests := []struct {
		in   string
		want string
		size int
	}{
		{"A", "a", 1}, {"é", "e", 2}, {"É", "e", 2}, {"\u0301", "", 2}, {"ß", "ß", 2}, {"Ø", "ø", 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, size := AppendFold(nil, tt.in)
			if string(got) != tt.want || size != tt.size {
				t.Errorf("AppendFold(%q) = %q, %d, want %q, %d", tt.in, got, size, tt.want, tt.size)
			}
		})
	}
}

func TestAppendSpareCapacity(t *testing.T) {
	for _, in := range []string{"United States", "  Côte d'Ivoire ", "São Tomé", "a-b", "x\xff y"} {
		buf := make([]byte, 2, 64)
		copy(buf, "pp")
		got := Append(buf, in)
		want := "pp" + string(Append(nil, in))
		if string(got) != want {
			t.Errorf("Append(cap 64, %q) = %q, want %q", in, got, want)
		}
	}
}
