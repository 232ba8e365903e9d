// https://github.com/pariz/gountries/issues/28 (fix: https://github.com/pariz/gountries/pull/32)
// NewFromPath built the package-wide Query singleton behind a plain bool:
// `if queryInited == false { queryInstance = ...; queryInited = true }`. Goroutines
// calling gountries.New() at the same time all saw false, all built and published a
// Query (and its index maps) concurrently, racing on the globals. The fix replaces the
// flag with sync.Once.
package gountries

import (
	"path/filepath"
	"strings"
)

// Country is one country record.
type Country struct {
	Name   string
	Alpha2 string
}

// Query answers lookups over the loaded countries.
type Query struct {
	Countries    map[string]Country
	NameToAlpha2 map[string]string
}

var (
	queryInited   = false
	queryInstance *Query
)

// New returns the shared Query loaded from the default data folder.
func New() *Query {
	return NewFromPath(filepath.Join("data", "yaml"))
}

// NewFromPath returns the shared Query, loading it from dataPath on first use.
func NewFromPath(dataPath string) *Query {
	if !queryInited {
		queryInstance = &Query{Countries: populateCountries(dataPath)}
		queryInstance.NameToAlpha2 = populateNameIndex(queryInstance.Countries)
		queryInited = true // Noncompliant
	}
	return queryInstance
}

func populateCountries(dataPath string) map[string]Country {
	_ = dataPath
	return map[string]Country{
		"SE": {Name: "Sweden", Alpha2: "SE"},
		"NO": {Name: "Norway", Alpha2: "NO"},
	}
}

func populateNameIndex(countries map[string]Country) map[string]string {
	index := make(map[string]string, len(countries))
	for code, c := range countries {
		index[strings.ToLower(c.Name)] = code
	}
	return index
}
