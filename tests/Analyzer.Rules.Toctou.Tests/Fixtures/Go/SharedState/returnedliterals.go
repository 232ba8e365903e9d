package sharedstate

import "sync"

// admitLimit makes a middleware whose calls all share the limiter it made: the literal it returns tests the count under
// the read lock and raises it under the write lock, so two requests can both pass the limit. The lock says the calls run
// side by side. admitLocked tests and raises under one hold. wrapCounted keeps a count in its returned literal with no
// lock, and nothing shows its calls overlap: each call of wrapCounted makes its own.
type admitState struct {
	current int
	lock    *sync.RWMutex
}

type admitNext func()

func admitLimit(max int) func(next admitNext) {
	m := &admitState{lock: &sync.RWMutex{}}
	return func(next admitNext) {
		m.lock.RLock()
		if m.current >= max { // Secondary [check]
			m.lock.RUnlock()
			return
		}
		m.lock.RUnlock()
		m.lock.Lock()
		m.current++ // Noncompliant [TOCTOU001] {{m.current is checked at line 20 and changed at line 26 by m.current, checked under the read lock m.lock and changed under the write lock taken at line 25 without re-checking}}
		m.lock.Unlock()
		next()
	}
}

func admitLocked(max int) func(next admitNext) {
	m := &admitState{lock: &sync.RWMutex{}}
	return func(next admitNext) {
		m.lock.Lock()
		if m.current >= max {
			m.lock.Unlock()
			return
		}
		m.current++
		m.lock.Unlock()
		next()
	}
}

func wrapCounted(max int) func(next admitNext) {
	calls := 0
	return func(next admitNext) {
		if calls >= max {
			return
		}
		calls++
		next()
	}
}
