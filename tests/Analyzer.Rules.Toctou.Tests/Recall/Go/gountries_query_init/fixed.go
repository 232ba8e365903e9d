// https://github.com/pariz/gountries/issues/28 (fix: https://github.com/pariz/gountries/pull/32)
// Fixed version: the singleton is built inside a sync.Once, so concurrent first callers
// wait for a single initialisation and all get the same fully built Lookup.
package gountries

import (
	"path/filepath"
	"strings"
	"sync"
)

// Nation is one country record.
type Nation struct {
	Name   string
	Alpha2 string
}

// Lookup answers lookups over the loaded countries.
type Lookup struct {
	Nations   map[string]Nation
	NameIndex map[string]string
}

var (
	lookupOnce     sync.Once
	lookupInstance *Lookup
)

// Load returns the shared Lookup loaded from the default data folder.
func Load() *Lookup {
	return LoadFromPath(filepath.Join("data", "yaml"))
}

// LoadFromPath returns the shared Lookup, loading it from dataPath on first use.
func LoadFromPath(dataPath string) *Lookup {
	lookupOnce.Do(func() {
		lookupInstance = &Lookup{Nations: readNations(dataPath)}
		lookupInstance.NameIndex = buildNameIndex(lookupInstance.Nations)
	})
	return lookupInstance
}

func readNations(dataPath string) map[string]Nation {
	_ = dataPath
	return map[string]Nation{
		"SE": {Name: "Sweden", Alpha2: "SE"},
		"NO": {Name: "Norway", Alpha2: "NO"},
	}
}

func buildNameIndex(nations map[string]Nation) map[string]string {
	index := make(map[string]string, len(nations))
	for code, n := range nations {
		index[strings.ToLower(n.Name)] = code
	}
	return index
}
