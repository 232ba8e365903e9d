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
