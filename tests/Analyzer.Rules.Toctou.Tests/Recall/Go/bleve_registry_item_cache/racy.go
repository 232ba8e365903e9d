// https://github.com/blevesearch/bleve/issues/349
// The per-index registry cache (here for fragmenters) was a plain map: a lookup checked whether the
// name was cached and, on a miss, built the item and stored it. Highlighters run on concurrent
// searches, so two goroutines could both miss and write the map at once (go1.6 "concurrent map writes").
// Fix: a ConcurrentCache with an RWMutex that re-checks under the write lock before inserting.
package registry

import (
	"fmt"
	"sync"
)

type Fragmenter interface {
	Fragment(text string) []string
}

type simpleFragmenter struct{ size int }

func (s *simpleFragmenter) Fragment(text string) []string {
	if len(text) <= s.size {
		return []string{text}
	}
	return []string{text[:s.size]}
}

type FragmenterConstructor func(config map[string]interface{}) (Fragmenter, error)

var fragmenters = map[string]FragmenterConstructor{
	"simple": func(map[string]interface{}) (Fragmenter, error) { return &simpleFragmenter{size: 100}, nil },
}

// FragmenterCache is shared by every search running against the index.
type FragmenterCache map[string]Fragmenter

func (c FragmenterCache) FragmenterNamed(name string) (Fragmenter, error) {
	if f, cached := c[name]; cached {
		return f, nil
	}
	cons, registered := fragmenters[name]
	if !registered {
		return nil, fmt.Errorf("no fragmenter with name '%s' registered", name)
	}
	f, err := cons(nil)
	if err != nil {
		return nil, err
	}
	c[name] = f // Noncompliant
	return f, nil
}

// HighlightAll mimics concurrent searches that each need the highlighter's fragmenter.
func HighlightAll(c FragmenterCache, docs []string) {
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(doc string) {
			defer wg.Done()
			if f, err := c.FragmenterNamed("simple"); err == nil {
				_ = f.Fragment(doc)
			}
		}(d)
	}
	wg.Wait()
}
