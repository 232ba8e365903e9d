package sharedstate

import (
	"net/http"
	"sync"
)

// Ledger's handler reaches record without the lock that its other caller holds: the message names both callers.
type Ledger struct {
	mu      sync.Mutex
	entries map[string]int
}

func (l *Ledger) record(k string) {
	if _, ok := l.entries[k]; !ok { // Secondary [check]
		l.entries[k] = 0 // Noncompliant {{l.entries[k] is checked at line 15 and changed at line 16 by l.entries[k], with no lock held at either point in record: 1 of the 2 calls to it in the package holds l.mu, but Ledger.ServeHTTP calls it without}}
	}
}

func (l *Ledger) Import(keys []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		l.record(k)
	}
}

func (l *Ledger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.record(r.URL.Path)
}
