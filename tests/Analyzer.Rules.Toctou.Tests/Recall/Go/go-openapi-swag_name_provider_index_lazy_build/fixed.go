// https://github.com/go-openapi/swag/pull/9
// Fixed version: the public method takes the lock before the map lookup, and the helper
// only builds and stores while the caller still holds it.
package swag

import (
	"reflect"
	"strings"
	"sync"
)

type fieldNames struct {
	toJSON map[string]string
	toGo   map[string]string
}

// FieldNamer is shared by all callers (one default instance per process).
type FieldNamer struct {
	mu    *sync.Mutex
	cache map[reflect.Type]fieldNames
}

func NewFieldNamer() *FieldNamer {
	return &FieldNamer{mu: &sync.Mutex{}, cache: make(map[reflect.Type]fieldNames)}
}

func collectFieldNames(tpe reflect.Type) fieldNames {
	fn := fieldNames{toJSON: map[string]string{}, toGo: map[string]string{}}
	for i := 0; i < tpe.NumField(); i++ {
		f := tpe.Field(i)
		nm := strings.Split(f.Tag.Get("json"), ",")[0]
		if nm == "" {
			nm = f.Name
		}
		fn.toJSON[nm] = f.Name
		fn.toGo[f.Name] = nm
	}
	return fn
}

// storeFieldNames must be called with f.mu held.
func (f *FieldNamer) storeFieldNames(tpe reflect.Type) fieldNames {
	names := collectFieldNames(tpe)
	f.cache[tpe] = names
	return names
}

// JSONNameFor returns the JSON name of Go field name on tpe.
func (f *FieldNamer) JSONNameFor(tpe reflect.Type, name string) (string, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	names, ok := f.cache[tpe]
	if !ok {
		names = f.storeFieldNames(tpe)
	}
	nme, ok := names.toGo[name]
	return nme, ok
}
