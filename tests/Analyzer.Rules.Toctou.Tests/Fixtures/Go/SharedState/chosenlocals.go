package sharedstate

import "sync"

// A value looked up, made in a branch when missing and stored after it: the test chose the value the store writes, so
// two callers can both find it missing and each store one of their own.
type ListenerSet struct {
	mu        sync.Mutex
	notified  int
	listeners map[string]*int
}

func (l *ListenerSet) Notify() {
	l.mu.Lock()
	l.notified++
	l.mu.Unlock()
}

func (l *ListenerSet) Listener(key string) *int {
	found := l.listeners[key] // Secondary [check]
	if found == nil {
		found = new(int)
	}
	l.listeners[key] = found // Noncompliant [TOCTOU001] {{l.listeners[key] is checked at line 20 and changed at line 24 by l.listeners[key], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	return found
}

func (l *ListenerSet) ListenerHeld(key string) *int {
	l.mu.Lock()
	defer l.mu.Unlock()
	found := l.listeners[key]
	if found == nil {
		found = new(int)
	}
	l.listeners[key] = found
	return found
}

// The same through a map built for threads, the value handed to its store call: each call is atomic, the pair is not,
// and two callers can both load one count and both store it raised by one.
type HitCounts struct {
	byKey sync.Map
}

func (h *HitCounts) Hit(key string) int {
	n := 1
	if v, ok := h.byKey.Load(key); ok { // Secondary [check]
		n = v.(int) + 1
	}
	h.byKey.Store(key, n) // Noncompliant [TOCTOU001] {{h.byKey is checked at line 47 and changed at line 50 by h.byKey.Store(key, n), with no lock held at either point}}
	return n
}
