package sharedstate

import "sync"

// A lock reached through a local that points at it, or held by a helper while it runs the function it is handed, is
// the field's lock: the check and the act under it are one step.
type Ledger struct {
	mu      sync.Mutex
	entries map[string]int
}

func (l *Ledger) openThroughAlias(k string) {
	mu := &l.mu
	mu.Lock()
	defer mu.Unlock()
	if _, ok := l.entries[k]; !ok {
		l.entries[k] = 0
	}
}

func (l *Ledger) openThroughHelper(k string) {
	l.locked(func() {
		if _, ok := l.entries[k]; !ok {
			l.entries[k] = 0
		}
	})
}

func (l *Ledger) locked(f func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f()
}

// A helper that runs the function without the lock leaves the check and the act apart.
func (l *Ledger) openThroughTimer(k string) {
	l.timed(func() {
		if _, ok := l.entries[k]; !ok { // Secondary [check]
			l.entries[k] = 0 // Noncompliant [TOCTOU001] {{l.entries[k] is checked at line 38 and changed at line 39 by l.entries[k], with no lock held at either point}}
		}
	})
}

func (l *Ledger) timed(f func()) {
	f()
}

func (l *Ledger) reset() {
	l.mu.Lock()
	l.entries = map[string]int{}
	l.mu.Unlock()
}
