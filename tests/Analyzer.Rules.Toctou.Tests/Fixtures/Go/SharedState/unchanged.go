package sharedstate

import (
	"reflect"
	"sync"
)

// Labels skips a write of what it already holds: a stale check loses nothing.
type Labels struct {
	mu     sync.Mutex
	labels map[string]string
	queue  []string
	count  int
}

func (l *Labels) Set(labels map[string]string) {
	if reflect.DeepEqual(l.labels, labels) {
		return
	}
	l.mu.Lock()
	l.labels = labels
	l.mu.Unlock()
}

func (l *Labels) Drain() {
	if len(l.queue) == 0 {
		return
	}
	l.mu.Lock()
	l.queue = nil
	l.mu.Unlock()
}

// Writing something else than what the check compared: the check's answer decides a write it does not redo.
func (l *Labels) Grow(labels map[string]string) {
	if reflect.DeepEqual(l.labels, labels) { // Secondary [check]
		return
	}
	l.mu.Lock()
	l.count = len(l.labels) + 1
	l.labels = map[string]string{} // Noncompliant {{l.labels is checked at line 36 and changed at line 41 by l.labels, but the check runs before l.mu is taken at line 39}}
	l.mu.Unlock()
}

// A method of the type that compares the state with what the act then stores a value made from: a stale answer makes
// the act store what is there already, or skip it.
type Bundle struct {
	mu      sync.Mutex
	current *verified
}

type verified struct{ raw []byte }

func verify(raw []byte) *verified { return &verified{raw: raw} }

func (b *Bundle) changed(raw []byte) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.current == nil || !reflect.DeepEqual(b.current.raw, raw)
}

func (b *Bundle) Load(raw []byte) {
	if !b.changed(raw) {
		return
	}
	next := verify(raw)
	b.mu.Lock()
	b.current = next
	b.mu.Unlock()
}

// The same method deciding a store of something else is a check-then-act.
func (b *Bundle) Reset(raw []byte) {
	if !b.changed(raw) { // Secondary [check]
		return
	}
	b.mu.Lock()
	b.current = nil // Noncompliant {{b.current is checked at line 74 and changed at line 78 by b.current, and b.mu is released and re-taken at line 77 in between}}
	b.mu.Unlock()
}

// A method that reads the state but weighs its argument only against nil decides the store like any check.
func (b *Bundle) missing(raw []byte) bool {
	return b.current == nil && raw != nil
}

func (b *Bundle) Fill(raw []byte) {
	if !b.missing(raw) { // Secondary [check]
		return
	}
	next := verify(raw)
	b.mu.Lock()
	b.current = next // Noncompliant {{b.current is checked at line 88 and changed at line 93 by b.current, but the check runs before b.mu is taken at line 92}}
	b.mu.Unlock()
}
