package ninjs

import (
	"testing"
)

func BenchmarkParse(b *testing.B) {
	for _, c := range synthetic {
		data := readFile(b, c.file)
		b.Run(c.version.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkMarshal(b *testing.B) {
	for _, c := range synthetic[:2] {
		d, err := Parse(readFile(b, c.file))
		if err != nil {
			b.Fatal(err)
		}
		out, _ := Marshal(d)
		b.Run(c.version.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(out)))
			buf := make([]byte, 0, 2*len(out))
			for b.Loop() {
				if _, err := (WriteOptions{}).Append(buf[:0], d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, c := range synthetic {
		d, err := Parse(readFile(b, c.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.version.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Validate(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
