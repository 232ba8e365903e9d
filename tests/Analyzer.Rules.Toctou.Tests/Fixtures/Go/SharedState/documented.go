package shared

import "sync"

// Ledger documents which of its helpers run under its lock, as many Go packages do instead of naming them *Locked.
type Ledger struct {
	mu      sync.RWMutex
	buf     []byte
	spare   []byte
	index   map[string]int
	scratch []byte
}

func (l *Ledger) Reset() {
	l.mu.Lock()
	l.buf = nil
	l.spare = nil
	l.index = nil
	l.scratch = nil
	l.mu.Unlock()
}

// ensure makes the buffer on first use.
// Lock should be held.
func (l *Ledger) ensure() {
	if l.buf == nil {
		l.buf = make([]byte, 0, 64) // Noncompliant [TOCTOU001] {{l.buf is checked at line 26 and changed at line 27 by l.buf, which is safe only if every caller holds l.mu, as the documentation of ensure at line 23 ("Lock should be held.") says; this analysis found no caller in the package that holds it}}
	}
}

// refill tops up the spare buffer. Must be called with the lock held.
func (l *Ledger) refill() {
	l.topUp()
}

// The only caller, refill, runs under the lock its documentation names: so does this.
func (l *Ledger) topUp() {
	if l.spare == nil {
		l.spare = make([]byte, 0, 64)
	}
}

// lookup records a key it has not seen. Read lock should be held.
func (l *Ledger) lookup(key string) int {
	if _, ok := l.index[key]; !ok {
		l.index[key] = len(l.index) // Noncompliant [TOCTOU001] {{l.index[key] is checked at line 45 and changed at line 46 by l.index[key], under the read lock l.mu, which the documentation of lookup at line 43 ("Read lock should be held.") says its callers hold, and which other readers hold at the same time, so two of them can pass the check and both change it}}
	}
	return l.index[key]
}

// grow takes the lock itself. Assumes the lock is not held.
func (l *Ledger) grow() {
	if l.scratch == nil {
		l.scratch = make([]byte, 0, 64) // Noncompliant [TOCTOU001] {{l.scratch is checked at line 53 and changed at line 54 by l.scratch, with no lock held at either point}}
	}
}

// Scoreboard counts under its mutex.
type Scoreboard struct {
	mu     sync.Mutex
	counts map[string]int
}

func (t *Scoreboard) Reset() {
	t.mu.Lock()
	t.counts = nil
	t.mu.Unlock()
}

// bump counts key.
//
// Call with the mutex held.
func (t *Scoreboard) bump(key string) {
	if t.counts == nil {
		t.counts = map[string]int{} // Noncompliant [TOCTOU001] {{t.counts is checked at line 74 and changed at line 75 by t.counts, which is safe only if every caller holds t.mu, as the documentation of bump at line 70 ("Call with the mutex held.") says; this analysis found no caller in the package that holds it}}
	}
	t.counts[key]++
}
