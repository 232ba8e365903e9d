package sharedstate

import (
	"sync"
	"time"
)

// A function literal handed to a call runs inside it: a visitor's callback runs under the locks held around the call,
// and a check and an act inside the callback are a check and an act of the function that hands it over.
type Index struct {
	mu      sync.Mutex
	entries map[string]int
	tasks   []func()
	name    string
}

func forEach(keys []string, visit func(string)) {
	for _, k := range keys {
		visit(k)
	}
}

// Every call of insert runs under ix.mu: one directly, one from the callback forEach runs while AddAll holds it.
func (ix *Index) Add(k string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.insert(k)
}

func (ix *Index) AddAll(keys []string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	forEach(keys, func(k string) {
		ix.insert(k)
	})
}

func (ix *Index) insert(k string) {
	if _, ok := ix.entries[k]; !ok {
		ix.entries[k] = len(ix.entries)
	}
}

// The callback checks and writes with no lock held.
func (ix *Index) Merge(keys []string) {
	forEach(keys, func(k string) {
		if _, ok := ix.entries[k]; !ok { // Secondary [check]
			ix.entries[k] = 0 // Noncompliant [TOCTOU001] {{ix.entries[k] is checked at line 47 and changed at line 48 by ix.entries[k], with no lock held at either point}}
		}
	})
}

// A function kept for later (appended to a list, started by a timer) runs elsewhere, after the check around the place
// it is handed over: that check decides whether it is kept, not what it does when it runs.
func (ix *Index) Schedule() {
	if ix.name == "" {
		ix.tasks = append(ix.tasks, func() {
			ix.mu.Lock()
			defer ix.mu.Unlock()
			ix.name = "default"
		})
	}
}

func (ix *Index) Expire(period time.Duration) {
	if ix.name == "" {
		time.AfterFunc(period, func() {
			ix.mu.Lock()
			defer ix.mu.Unlock()
			ix.name = "expired"
		})
	}
}
