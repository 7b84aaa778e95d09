package ninjs

import (
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsmodel/news/internal/jsonlex"
)

// The mapping between the JSON tree (jsonlex.Decode's types) and the Go
// types of document.go is driven by the `ninjs:"one two three"` struct
// tags, which name each field's member in 1.x, 2.x and 3.x. A 1.x name may
// carry a shape: "/keyed" (an object keyed by the element's Name, where
// later versions have an array) or "/pairs" (an object of role to value).

type kind uint8

const (
	kString kind = iota
	kFloat
	kInt
	kStrings
	kRaw
	kStructPtr
	kStructSlice
)

type shape uint8

const (
	shapePlain shape = iota
	shapeKeyed
	shapePairs
)

type fieldInfo struct {
	index []int
	names [3]string
	shape [3]shape
	kind  kind
	elem  reflect.Type // struct type of kStructPtr and kStructSlice
}

type structInfo struct {
	fields []fieldInfo
	extra  []int // index of the Fields field; nil when there is none
	byName [3]map[string]int
	name   []int // index of the Name field, for keyed shapes
}

var (
	infoCache     sync.Map // reflect.Type -> *structInfo
	typeFields    = reflect.TypeFor[Fields]()
	typeRaw       = reflect.TypeFor[json.RawMessage]()
	typeFloatPtr  = reflect.TypeFor[*float64]()
	typeIntPtr    = reflect.TypeFor[*int]()
	typeDateTimes = reflect.TypeFor[[]DateTime]()
	typeStrings   = reflect.TypeFor[[]string]()
)

func infoOf(t reflect.Type) *structInfo {
	if si, ok := infoCache.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{}
	for m := range si.byName {
		si.byName[m] = map[string]int{}
	}
	si.collect(t, nil)
	v, _ := infoCache.LoadOrStore(t, si)
	return v.(*structInfo)
}

func (si *structInfo) collect(t reflect.Type, prefix []int) {
	for i := range t.NumField() {
		f := t.Field(i)
		index := append(append([]int(nil), prefix...), i)
		if f.Anonymous {
			si.collect(f.Type, index)
			continue
		}
		tag := f.Tag.Get("ninjs")
		if tag == "-" {
			continue
		}
		if f.Type == typeFields {
			si.extra = index
			continue
		}
		if f.Name == "Name" {
			si.name = index
		}
		fi := fieldInfo{index: index}
		for m, n := range strings.Fields(tag) {
			name, sh, _ := strings.Cut(n, "/")
			if name == "-" {
				name = ""
			}
			fi.names[m] = name
			switch sh {
			case "keyed":
				fi.shape[m] = shapeKeyed
			case "pairs":
				fi.shape[m] = shapePairs
			}
		}
		switch {
		case f.Type.Kind() == reflect.String:
			fi.kind = kString
		case f.Type == typeFloatPtr:
			fi.kind = kFloat
		case f.Type == typeIntPtr:
			fi.kind = kInt
		case f.Type == typeRaw:
			fi.kind = kRaw
		case f.Type == typeStrings || f.Type == typeDateTimes:
			fi.kind = kStrings
		case f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct:
			fi.kind, fi.elem = kStructPtr, f.Type.Elem()
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct:
			fi.kind, fi.elem = kStructSlice, f.Type.Elem()
		default:
			panic("ninjs: unsupported field type " + f.Type.String())
		}
		for m, n := range fi.names {
			if n != "" {
				si.byName[m][n] = len(si.fields)
			}
		}
		si.fields = append(si.fields, fi)
	}
}

// decoder fills Go values from a tree, for major version major (1 to 3).
type decoder struct {
	major int
	errs  []error
}

func (d *decoder) fail(path string, sentinel error, msg string) {
	d.errs = append(d.errs, fieldErr(path, sentinel, msg))
}

// object decodes obj into the struct rv (addressable). skipName leaves a
// keyed element's Name alone.
func (d *decoder) object(obj *jsonlex.Object, rv reflect.Value, path string) {
	si := infoOf(rv.Type())
	m := d.major - 1
	for i, k := range obj.Keys {
		v := obj.Values[i]
		if fi, ok := si.byName[m][k]; ok {
			f := &si.fields[fi]
			if d.field(f, f.shape[m], rv.FieldByIndex(f.index), v, path, k) {
				continue
			}
		}
		if si.extra != nil {
			ex := rv.FieldByIndex(si.extra)
			ex.Set(reflect.Append(ex, reflect.ValueOf(Field{Name: k, Value: raw(v)})))
		}
	}
}

func raw(v any) json.RawMessage {
	b, err := jsonlex.AppendValue(nil, v, false)
	if err != nil {
		// A tree from jsonlex.Decode always writes.
		return json.RawMessage("null")
	}
	return b
}

func typeName(v any) string {
	switch v.(type) {
	case *jsonlex.Object:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case jsonlex.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "an unknown value"
}

// field decodes v into fv and reports whether it fitted. A value that
// does not fit is kept by the caller in Extra; a wrong type is also
// reported. An empty string does not fit a string field (whose zero value
// means absent), so it too is kept verbatim, without a report.
//
// The member's path is parent plus k, built only when needed.
func (d *decoder) field(f *fieldInfo, sh shape, fv reflect.Value, v any, parent, k string) bool {
	switch f.kind {
	case kString:
		s, ok := v.(string)
		if !ok {
			d.fail(pointer(parent, k), ErrType, "want a string, have "+typeName(v))
			return false
		}
		if s == "" {
			return false
		}
		fv.SetString(s)
		return true
	}
	path := pointer(parent, k)
	switch f.kind {
	case kFloat:
		n, ok := v.(jsonlex.Number)
		if !ok {
			d.fail(path, ErrType, "want a number, have "+typeName(v))
			return false
		}
		x, err := n.Float64()
		if err != nil || math.IsInf(x, 0) {
			d.fail(path, ErrRange, "number "+string(n)+" out of range")
			return false
		}
		fv.Set(reflect.ValueOf(&x))
	case kInt:
		n, ok := v.(jsonlex.Number)
		if !ok {
			d.fail(path, ErrType, "want an integer, have "+typeName(v))
			return false
		}
		x, ok := intOf(n)
		if !ok {
			d.fail(path, ErrType, "want an integer, have "+string(n))
			return false
		}
		fv.Set(reflect.ValueOf(&x))
	case kRaw:
		fv.SetBytes(raw(v))
	case kStrings:
		a, ok := v.([]any)
		if !ok {
			d.fail(path, ErrType, "want an array, have "+typeName(v))
			return false
		}
		for i, e := range a {
			if _, ok := e.(string); !ok {
				d.fail(index(path, i), ErrType, "want a string, have "+typeName(e))
				return false
			}
		}
		s := reflect.MakeSlice(fv.Type(), len(a), len(a))
		for i, e := range a {
			s.Index(i).SetString(e.(string))
		}
		fv.Set(s)
	case kStructPtr:
		o, ok := v.(*jsonlex.Object)
		if !ok {
			d.fail(path, ErrType, "want an object, have "+typeName(v))
			return false
		}
		p := reflect.New(f.elem)
		d.object(o, p.Elem(), path)
		fv.Set(p)
	case kStructSlice:
		switch sh {
		case shapeKeyed:
			return d.keyed(f, fv, v, path)
		case shapePairs:
			return d.pairs(f, fv, v, path)
		}
		a, ok := v.([]any)
		if !ok {
			d.fail(path, ErrType, "want an array, have "+typeName(v))
			return false
		}
		for i, e := range a {
			if _, ok := e.(*jsonlex.Object); !ok {
				d.fail(index(path, i), ErrType, "want an object, have "+typeName(e))
				return false
			}
		}
		s := reflect.MakeSlice(fv.Type(), len(a), len(a))
		for i, e := range a {
			d.object(e.(*jsonlex.Object), s.Index(i), index(path, i))
		}
		fv.Set(s)
	}
	return true
}

func (d *decoder) keyed(f *fieldInfo, fv reflect.Value, v any, path string) bool {
	o, ok := v.(*jsonlex.Object)
	if !ok {
		d.fail(path, ErrType, "want an object, have "+typeName(v))
		return false
	}
	for i, e := range o.Values {
		if _, ok := e.(*jsonlex.Object); !ok {
			d.fail(pointer(path, o.Keys[i]), ErrType, "want an object, have "+typeName(e))
			return false
		}
	}
	si := infoOf(f.elem)
	s := reflect.MakeSlice(fv.Type(), len(o.Keys), len(o.Keys))
	for i, e := range o.Values {
		el := s.Index(i)
		d.object(e.(*jsonlex.Object), el, pointer(path, o.Keys[i]))
		el.FieldByIndex(si.name).SetString(o.Keys[i])
	}
	fv.Set(s)
	return true
}

// pairs decodes the 1.x altids object of role to value. Values other than
// strings are allowed by the schema but have no place in AltID: the whole
// member is then kept verbatim.
func (d *decoder) pairs(f *fieldInfo, fv reflect.Value, v any, path string) bool {
	o, ok := v.(*jsonlex.Object)
	if !ok {
		d.fail(path, ErrType, "want an object, have "+typeName(v))
		return false
	}
	for _, e := range o.Values {
		if s, ok := e.(string); !ok || s == "" {
			return false
		}
	}
	s := make([]AltID, len(o.Keys))
	for i, k := range o.Keys {
		s[i] = AltID{Role: k, Value: o.Values[i].(string)}
	}
	fv.Set(reflect.ValueOf(s))
	return true
}

func intOf(n jsonlex.Number) (int, bool) {
	if i, err := strconv.ParseInt(string(n), 10, 0); err == nil {
		return int(i), true
	}
	f, err := n.Float64()
	if err != nil || f != math.Trunc(f) || f < math.MinInt32 || f > math.MaxInt32 {
		return 0, false
	}
	return int(f), true
}

// encoder builds a tree from Go values, for major version major. from is
// the major version the values were read as (0 when unknown): members kept
// in Extra under a name of that version are renamed to this one's.
type encoder struct {
	major int
	from  int
	errs  []error
}

func (e *encoder) fail(path string, sentinel error, msg string) {
	e.errs = append(e.errs, fieldErr(path, sentinel, msg))
}

func anyName(f *fieldInfo) string {
	for _, n := range f.names {
		if n != "" {
			return n
		}
	}
	return ""
}

func (e *encoder) object(rv reflect.Value, path string, skipName bool) *jsonlex.Object {
	si := infoOf(rv.Type())
	m := e.major - 1
	obj := &jsonlex.Object{}
	for i := range si.fields {
		f := &si.fields[i]
		if skipName && si.name != nil && f.index[len(f.index)-1] == si.name[len(si.name)-1] && len(f.index) == len(si.name) {
			continue
		}
		fv := rv.FieldByIndex(f.index)
		if fv.IsZero() {
			continue
		}
		name := f.names[m]
		if name == "" {
			e.fail(pointer(path, anyName(f)), ErrUnsupported, "ninjs "+strconv.Itoa(e.major)+".x has no such member")
			continue
		}
		if f.kind == kString {
			obj.Add(name, fv.String())
			continue
		}
		p := pointer(path, name)
		if v, ok := e.value(f, f.shape[m], fv, p); ok {
			obj.Add(name, v)
		}
	}
	if si.extra == nil {
		return obj
	}
	extra := rv.FieldByIndex(si.extra).Interface().(Fields)
	modelled := obj.Len()
	for _, x := range extra {
		if e.from != 0 && e.from != e.major {
			if fi, ok := si.byName[e.from-1][x.Name]; ok {
				name := si.fields[fi].names[m]
				if name == "" {
					e.fail(pointer(path, x.Name), ErrUnsupported, "ninjs "+strconv.Itoa(e.major)+".x has no such member")
					continue
				}
				x.Name = name
			}
		}
		if i := slices.Index(obj.Keys, x.Name); i >= 0 {
			if i >= modelled {
				e.fail(pointer(path, x.Name), ErrDuplicateKey, "member kept twice in Extra")
			}
			continue // the modelled field wins over a kept member of its name
		}
		v, err := jsonlex.Decode(x.Value)
		if err != nil {
			e.fail(pointer(path, x.Name), ErrSyntax, "kept value is not JSON")
			continue
		}
		obj.Add(x.Name, v)
	}
	return obj
}

func (e *encoder) value(f *fieldInfo, sh shape, fv reflect.Value, path string) (any, bool) {
	switch f.kind {
	case kString:
		return fv.String(), true
	case kFloat:
		x := fv.Elem().Float()
		b, err := jsonlex.AppendFloat(nil, x, 64)
		if err != nil {
			e.fail(path, ErrRange, "number cannot be written as JSON")
			return nil, false
		}
		return jsonlex.Number(b), true
	case kInt:
		return jsonlex.Number(strconv.FormatInt(fv.Elem().Int(), 10)), true
	case kRaw:
		v, err := jsonlex.Decode(fv.Bytes())
		if err != nil {
			e.fail(path, ErrSyntax, "value is not JSON")
			return nil, false
		}
		return v, true
	case kStrings:
		a := make([]any, fv.Len())
		for i := range a {
			a[i] = fv.Index(i).String()
		}
		return a, true
	case kStructPtr:
		return e.object(fv.Elem(), path, false), true
	}
	switch sh {
	case shapeKeyed:
		si := infoOf(f.elem)
		obj := &jsonlex.Object{}
		for i := range fv.Len() {
			el := fv.Index(i)
			name := el.FieldByIndex(si.name).String()
			if _, dup := obj.Get(name); dup {
				e.fail(pointer(path, name), ErrDuplicateKey, "two elements with this name")
				continue
			}
			obj.Add(name, e.object(el, pointer(path, name), true))
		}
		return obj, true
	case shapePairs:
		obj := &jsonlex.Object{}
		for i, id := range fv.Interface().([]AltID) {
			if _, dup := obj.Get(id.Role); dup {
				e.fail(index(path, i), ErrDuplicateKey, "two alternative ids with this role")
				continue
			}
			if len(id.Extra) > 0 {
				e.fail(index(path, i), ErrUnsupported, "1.x alternative ids have only a role and a value")
			}
			obj.Add(id.Role, id.Value)
		}
		return obj, true
	}
	a := make([]any, fv.Len())
	for i := range a {
		a[i] = e.object(fv.Index(i), index(path, i), false)
	}
	return a, true
}
