package sharedstate

import "sync"

// Bankbook's lock helper takes the lock and hands back what releases it: defer l.lock()() holds it from there to the
// end of the function.
type Bankbook struct {
	mu      sync.Mutex
	entries map[string]int
}

func (l *Bankbook) lock() func() {
	l.mu.Lock()
	return l.mu.Unlock
}

// Open tests and adds under the lock the deferred helper took.
func (l *Bankbook) Open(account string) {
	defer l.lock()()
	if _, ok := l.entries[account]; !ok {
		l.entries[account] = 0
	}
}

// Credit opens the account (which releases the lock again) and then tests and changes the entry with no lock held.
func (l *Bankbook) Credit(account string, amount int) {
	l.Open(account)
	if l.entries[account] >= 0 { // Secondary [check]
		l.entries[account] += amount // Noncompliant [TOCTOU001] {{l.entries[account] is checked at line 28 and changed at line 29 by l.entries[account], with no lock held at either point}}
	}
}

// Close tests before it takes the lock.
func (l *Bankbook) Close(account string) {
	if _, ok := l.entries[account]; ok { // Secondary [check]
		defer l.lock()()
		delete(l.entries, account) // Noncompliant [TOCTOU001] {{l.entries[account] is checked at line 35 and changed at line 37 by delete(l.entries, account), but the check runs before l.mu is taken at line 36, inside lock()}}
	}
}
