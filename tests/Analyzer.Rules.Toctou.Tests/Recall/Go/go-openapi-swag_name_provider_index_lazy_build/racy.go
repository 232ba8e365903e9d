// https://github.com/go-openapi/swag/pull/9
// NameProvider caches, per reflect.Type, a map between Go field names and JSON names.
// GetJSONNameForType / GetGoNameForType looked the type up in n.index without holding the
// lock and, on a miss, called makeNameIndex, which took the lock only to build and store
// the entry. Callers using the provider from several goroutines could both miss, both build
// and both write the map (and read it while another goroutine wrote it). The fix moved the
// lock into the public methods so the lookup and the insert happen under one lock.
package swag

import (
	"reflect"
	"strings"
	"sync"
)

type nameIndex struct {
	jsonNames map[string]string
	goNames   map[string]string
}

// NameProvider is shared by all callers (one default instance per process).
type NameProvider struct {
	lock  *sync.Mutex
	index map[reflect.Type]nameIndex
}

func NewNameProvider() *NameProvider {
	return &NameProvider{lock: &sync.Mutex{}, index: make(map[reflect.Type]nameIndex)}
}

func buildIndex(tpe reflect.Type) nameIndex {
	idx := nameIndex{jsonNames: map[string]string{}, goNames: map[string]string{}}
	for i := 0; i < tpe.NumField(); i++ {
		f := tpe.Field(i)
		nm := strings.Split(f.Tag.Get("json"), ",")[0]
		if nm == "" {
			nm = f.Name
		}
		idx.jsonNames[nm] = f.Name
		idx.goNames[f.Name] = nm
	}
	return idx
}

// makeNameIndex builds and stores the index for tpe under the lock.
func (n *NameProvider) makeNameIndex(tpe reflect.Type) nameIndex {
	n.lock.Lock()
	defer n.lock.Unlock()
	names := buildIndex(tpe)
	n.index[tpe] = names
	return names
}

// GetJSONNameForType returns the JSON name of Go field name on tpe.
func (n *NameProvider) GetJSONNameForType(tpe reflect.Type, name string) (string, bool) {
	names, ok := n.index[tpe]
	if !ok {
		names = n.makeNameIndex(tpe) // Noncompliant
	}
	nme, ok := names.goNames[name]
	return nme, ok
}
