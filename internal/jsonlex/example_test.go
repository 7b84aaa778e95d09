package jsonlex_test

import (
	"errors"
	"fmt"

	"github.com/newsmodel/news/internal/jsonlex"
)

// A hand-written decoder reads known members, skips unknown ones and
// checks the end of the document.
func ExampleReader() {
	data := []byte(`{"headline":"Harbour plan approved","urgency":3,"extra":{"x":[1,2]},"tags":["ECO","POL"]}`)
	r := jsonlex.NewReader(data)
	var (
		headline string
		urgency  int64
		tags     []string
	)
	decode := func() error {
		if k, err := r.Next(); err != nil || k != jsonlex.KindObjectBegin {
			return fmt.Errorf("want an object: %v", err)
		}
		for {
			k, err := r.Next()
			if err != nil {
				return err
			}
			if k == jsonlex.KindObjectEnd {
				return r.Finish()
			}
			switch string(r.Bytes()) { // no allocation
			case "headline":
				if _, err := r.Next(); err != nil {
					return err
				}
				headline = r.String()
			case "urgency":
				if _, err := r.Next(); err != nil {
					return err
				}
				if urgency, err = r.Int64(); err != nil {
					return err
				}
			case "tags":
				r.Next() // '['
				for {
					k, err := r.Next()
					if err != nil {
						return err
					}
					if k == jsonlex.KindArrayEnd {
						break
					}
					tags = append(tags, r.String())
				}
			default:
				if err := r.Skip(); err != nil {
					return err
				}
			}
		}
	}
	if err := decode(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(headline, urgency, tags)
	// Output: Harbour plan approved 3 [ECO POL]
}

func ExampleValid() {
	for _, doc := range []string{`{"a":[1,2]}`, "{\n  \"a\": [1,,2]\n}", `{"a":1,"a":2}`, `[[[[1]]]]`} {
		err := jsonlex.Valid([]byte(doc), jsonlex.Options{MaxDepth: 3})
		fmt.Printf("syntax=%v depth=%v dup=%v %v\n",
			errors.Is(err, jsonlex.ErrSyntax), errors.Is(err, jsonlex.ErrDepth), errors.Is(err, jsonlex.ErrDuplicateKey), err)
	}
	// Output:
	// syntax=false depth=false dup=false <nil>
	// syntax=true depth=false dup=false jsonlex: line 2, column 11: invalid character ',' looking for a value
	// syntax=false depth=false dup=true jsonlex: line 1, column 8: duplicate key "a"
	// syntax=true depth=true dup=false jsonlex: line 1, column 4: nesting depth exceeds limit of 3
}

// Decode keeps member order, so a document with unknown members is written
// back as it came, minus insignificant whitespace.
func ExampleOptions_Decode() {
	tree, err := jsonlex.Options{}.Decode([]byte(`{"@type": "NewsArticle", "headline": "A", "wordCount": 1.50}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	obj := tree.(*jsonlex.Object)
	fmt.Println(obj.Keys)
	obj.Set("headline", "B </script>")
	out, _ := jsonlex.AppendValue(nil, obj, true)
	fmt.Println(string(out))
	// Output:
	// [@type headline wordCount]
	// {"@type":"NewsArticle","headline":"B \u003c/script\u003e","wordCount":1.50}
}

func ExampleAppendString() {
	fmt.Println(string(jsonlex.AppendString(nil, "</script> \u2028 \xff", true)))
	fmt.Println(string(jsonlex.AppendString(nil, "a<b\n", false)))
	// Output:
	// "\u003c/script\u003e \u2028 \ufffd"
	// "a<b\n"
}
