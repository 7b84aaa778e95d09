package ninjs

import (
	"strconv"

	"github.com/newsmodel/news/internal/jsonlex"
)

// checkGeoJSON checks v against GeoJSON (RFC 7946) as the geojson.org
// schema the ninjs 2.x and 3.x schemas refer to describes it: a geometry,
// a Feature or a FeatureCollection, with well-shaped coordinates.
func checkGeoJSON(c *checker, v any, path string, depth int) {
	o, ok := v.(*jsonlex.Object)
	if !ok {
		c.fail(path, ErrGeoJSON, "want a GeoJSON object, have "+typeName(v))
		return
	}
	if depth > 32 {
		c.fail(path, ErrGeoJSON, "geometry collections nested too deep")
		return
	}
	t, _ := o.Get("type")
	ts, _ := t.(string)
	if bbox, ok := o.Get("bbox"); ok && !numbers(bbox, 4) {
		c.fail(pointer(path, "bbox"), ErrGeoJSON, "bbox is not an array of at least 4 numbers")
	}
	coords, hasCoords := o.Get("coordinates")
	var shapeOK bool
	switch ts {
	case "Point":
		shapeOK = numbers(coords, 2)
	case "LineString":
		shapeOK = nested(coords, 1, 2)
	case "MultiPoint":
		shapeOK = nested(coords, 1, 0)
	case "Polygon":
		shapeOK = rings(coords)
	case "MultiLineString":
		shapeOK = each(coords, func(x any) bool { return nested(x, 1, 2) })
	case "MultiPolygon":
		shapeOK = each(coords, rings)
	case "GeometryCollection":
		gs, ok := o.Get("geometries")
		a, isArr := gs.([]any)
		if !ok || !isArr {
			c.fail(pointer(path, "geometries"), ErrGeoJSON, "want an array of geometries")
			return
		}
		for i, g := range a {
			if gt := geoType(g); gt == "Feature" || gt == "FeatureCollection" {
				c.fail(index(pointer(path, "geometries"), i), ErrGeoJSON, "want a geometry")
				continue
			}
			checkGeoJSON(c, g, index(pointer(path, "geometries"), i), depth+1)
		}
		return
	case "Feature":
		if p, ok := o.Get("properties"); !ok {
			c.fail(pointer(path, "properties"), ErrGeoJSON, "a Feature needs properties (an object or null)")
		} else if _, isObj := p.(*jsonlex.Object); !isObj && p != nil {
			c.fail(pointer(path, "properties"), ErrGeoJSON, "want an object or null")
		}
		g, ok := o.Get("geometry")
		switch {
		case !ok:
			c.fail(pointer(path, "geometry"), ErrGeoJSON, "a Feature needs a geometry (or null)")
		case g != nil:
			if gt := geoType(g); gt == "Feature" || gt == "FeatureCollection" {
				c.fail(pointer(path, "geometry"), ErrGeoJSON, "want a geometry")
			} else {
				checkGeoJSON(c, g, pointer(path, "geometry"), depth+1)
			}
		}
		return
	case "FeatureCollection":
		fs, ok := o.Get("features")
		a, isArr := fs.([]any)
		if !ok || !isArr {
			c.fail(pointer(path, "features"), ErrGeoJSON, "want an array of features")
			return
		}
		for i, f := range a {
			if geoType(f) != "Feature" {
				c.fail(index(pointer(path, "features"), i), ErrGeoJSON, "want a Feature")
				continue
			}
			checkGeoJSON(c, f, index(pointer(path, "features"), i), depth+1)
		}
		return
	default:
		c.fail(pointer(path, "type"), ErrGeoJSON, "unknown GeoJSON type "+strconv.Quote(ts))
		return
	}
	if !hasCoords || !shapeOK {
		c.fail(pointer(path, "coordinates"), ErrGeoJSON, "coordinates do not fit a "+ts)
	}
}

func geoType(v any) string {
	if o, ok := v.(*jsonlex.Object); ok {
		t, _ := o.Get("type")
		s, _ := t.(string)
		return s
	}
	return ""
}

// numbers reports whether v is an array of at least min numbers.
func numbers(v any, min int) bool {
	a, ok := v.([]any)
	if !ok || len(a) < min {
		return false
	}
	for _, x := range a {
		if _, ok := x.(jsonlex.Number); !ok {
			return false
		}
	}
	return true
}

// nested reports whether v is an array of at least min positions.
func nested(v any, _ int, min int) bool {
	a, ok := v.([]any)
	if !ok || len(a) < min {
		return false
	}
	for _, x := range a {
		if !numbers(x, 2) {
			return false
		}
	}
	return true
}

func rings(v any) bool { return each(v, func(x any) bool { return nested(x, 1, 4) }) }

func each(v any, f func(any) bool) bool {
	a, ok := v.([]any)
	if !ok {
		return false
	}
	for _, x := range a {
		if !f(x) {
			return false
		}
	}
	return true
}
