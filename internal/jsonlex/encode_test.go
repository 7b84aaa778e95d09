package jsonlex

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAppendString(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		htmlSafe bool
		want     string
	}{
		{"plain", "abc", false, `"abc"`},
		{"quote backslash", `a"b\c`, false, `"a\"b\\c"`},
		{"controls", "\x00\x01\b\f\n\r\t\x1f", false, `"\u0000\u0001\b\f\n\r\t\u001f"`},
		{"html off", "<a&b>\u2028\u2029", false, "\"<a&b>\u2028\u2029\""},
		{"html on", "<a&b>\u2028\u2029", true, `"\u003ca\u0026b\u003e\u2028\u2029"`},
		{"script breakout", "</script><!--<script>", true, `"\u003c/script\u003e\u003c!--\u003cscript\u003e"`},
		{"invalid utf8", "a\xffb\xc3", false, `"a\ufffdb\ufffd"`},
		{"surrogate bytes", "\xed\xa0\x80", true, `"\ufffd\ufffd\ufffd"`},
		{"non-ASCII kept", "Zürich 東京 😀", true, `"Zürich 東京 😀"`},
		{"DEL kept", "\x7f", false, "\"\x7f\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(AppendString(nil, tt.in, tt.htmlSafe))
			if got != tt.want {
				t.Errorf("AppendString(%q, %v) = %s, want %s", tt.in, tt.htmlSafe, got, tt.want)
			}
			if gotb := string(AppendStringBytes(nil, []byte(tt.in), tt.htmlSafe)); gotb != got {
				t.Errorf("AppendStringBytes(%q) = %s, AppendString = %s", tt.in, gotb, got)
			}
			if tt.htmlSafe {
				std, _ := json.Marshal(tt.in)
				if string(std) != got {
					t.Errorf("AppendString(%q, true) = %s, encoding/json = %s", tt.in, got, std)
				}
			}
		})
	}
}

func TestAppendFloat(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1} {
		got, err := AppendFloat(nil, f, 64)
		if err != nil {
			t.Fatalf("AppendFloat(%v) error: %v", f, err)
		}
		std, _ := json.Marshal(f)
		if string(got) != string(std) {
			t.Errorf("AppendFloat(%v, 64) = %s, encoding/json = %s", f, got, std)
		}
		got32, _ := AppendFloat(nil, float64(float32(f)), 32)
		std32, _ := json.Marshal(float32(f))
		if string(got32) != string(std32) {
			t.Errorf("AppendFloat(%v, 32) = %s, encoding/json = %s", float32(f), got32, std32)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, err := AppendFloat([]byte("x"), f, 64); !errors.Is(err, ErrRange) || string(got) != "x" {
			t.Errorf("AppendFloat(%v) = %q, %v; want x, ErrRange", f, got, err)
		}
	}
}

func TestAppendNumber(t *testing.T) {
	for _, n := range []Number{"0", "-0", "1.5e+10", "-12E-3", "12345678901234567890123"} {
		got, err := AppendNumber(nil, n)
		if err != nil || string(got) != string(n) {
			t.Errorf("AppendNumber(%q) = %s, %v", n, got, err)
		}
	}
	for _, n := range []Number{"", "01", "1.", ".1", "+1", "1e", "NaN", "0x1", "1 "} {
		if _, err := AppendNumber(nil, n); !errors.Is(err, ErrSyntax) {
			t.Errorf("AppendNumber(%q) error = %v, want ErrSyntax", n, err)
		}
	}
}

func TestAppendValue(t *testing.T) {
	tree := &Object{
		Keys:   []string{"z", "a", "m"},
		Values: []any{[]any{}, map[string]any{"b": 1, "a": int64(-2), "c": uint64(3)}, []any{nil, true, false, "s<", Number("1.0"), 2.5, float32(0.1), []string{"x"}, Object{}}},
	}
	got, err := AppendValue(nil, tree, true)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"z":[],"a":{"a":-2,"b":1,"c":3},"m":[null,true,false,"s\u003c",1.0,2.5,0.1,["x"],{}]}`
	if string(got) != want {
		t.Errorf("AppendValue = %s\nwant          %s", got, want)
	}
	ind, err := AppendIndent(nil, &Object{Keys: []string{"a", "b"}, Values: []any{[]any{Number("1")}, &Object{}}}, "", "  ", false)
	if err != nil {
		t.Fatal(err)
	}
	wantInd := "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}"
	if diff := cmp.Diff(wantInd, string(ind)); diff != "" {
		t.Errorf("AppendIndent (-want +got):\n%s", diff)
	}
	for _, bad := range []any{struct{}{}, Number("x"), math.NaN(), &Object{Keys: []string{"a"}}} {
		if got, err := AppendValue([]byte("keep"), []any{bad}, false); err == nil || string(got) != "keep" {
			t.Errorf("AppendValue(%v) = %q, %v; want keep and an error", bad, got, err)
		}
	}
}

func TestObject(t *testing.T) {
	var o Object
	o.Add("a", 1)
	o.Add("b", 2)
	o.Add("a", 3)
	if v, ok := o.Get("a"); !ok || v != 3 {
		t.Errorf("Get(a) = %v, %v; want 3, true", v, ok)
	}
	o.Set("b", 4)
	o.Set("c", 5)
	var keys []string
	var vals []any
	for k, v := range o.All() {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	if diff := cmp.Diff([]string{"a", "b", "a", "c"}, keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]any{1, 4, 3, 5}, vals); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if o.Len() != 4 {
		t.Errorf("Len() = %d, want 4", o.Len())
	}
	if _, ok := o.Get("zz"); ok {
		t.Errorf("Get(zz) found a value")
	}
}
