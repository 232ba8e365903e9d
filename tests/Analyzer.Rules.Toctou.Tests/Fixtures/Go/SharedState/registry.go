package sharedstate

import (
	"sync"
	"sync/atomic"
)

type Entry struct{ Name string }

// Registry is shared between goroutines: mu guards entries.
type Registry struct {
	mu      sync.RWMutex
	entries map[string]*Entry
	index   sync.Map
	closed  bool
	state   int32
}

func (r *Registry) AddIfAbsent(name string, e *Entry) {
	if _, ok := r.entries[name]; ok { // Secondary [check]
		return
	}
	r.mu.Lock() // Secondary [lock]
	r.entries[name] = e // Noncompliant [TOCTOU001] {{r.entries[name] is checked at line 20 and changed at line 24 by r.entries[name], but the check runs before r.mu is taken at line 23}}
	r.mu.Unlock()
}

func (r *Registry) Replace(name string, e *Entry) {
	r.mu.Lock()
	_, exists := r.entries[name] // Secondary [check]
	r.mu.Unlock()
	if !exists { // Secondary [guard]
		return
	}
	r.mu.Lock()
	r.entries[name] = e // Noncompliant [TOCTOU001] {{r.entries[name] is checked at line 30 and changed at line 36 by r.entries[name], and r.mu is released and re-taken at line 35 in between}}
	r.mu.Unlock()
}

func (r *Registry) GetOrCreate(name string) *Entry {
	r.mu.RLock()
	e, ok := r.entries[name] // Secondary [check]
	r.mu.RUnlock()
	if ok {
		return e
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	e = &Entry{Name: name}
	r.entries[name] = e // Noncompliant [TOCTOU001] {{r.entries[name] is checked at line 42 and changed at line 50 by r.entries[name], checked under the read lock r.mu and changed under the write lock taken at line 47 without re-checking; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	return e
}

func (r *Registry) GetOrCreateRechecked(name string) *Entry {
	r.mu.RLock()
	e, ok := r.entries[name]
	r.mu.RUnlock()
	if ok {
		return e
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.entries[name]; ok {
		return e
	}
	e = &Entry{Name: name}
	r.entries[name] = e
	return e
}

func (r *Registry) Put(name string, e *Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.entries[name]; !ok {
		r.entries[name] = e
	}
}

func (r *Registry) Close() {
	r.mu.Lock()
	if r.closed { // Secondary [check]
		r.mu.Unlock()
		return
	}
	r.mu.Unlock()
	r.closed = true // Noncompliant [TOCTOU001] {{r.closed is checked at line 81 and changed at line 86 by r.closed, but r.mu is released before the act}}
}

func (r *Registry) Sync(names []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range names {
		r.addLocked(n)
	}
}

// addLocked expects r.mu held; every caller in this package holds it.
func (r *Registry) addLocked(name string) {
	if _, ok := r.entries[name]; !ok {
		r.entries[name] = &Entry{Name: name}
	}
}

// dropLocked is never called here: only its name says the caller holds r.mu.
func (r *Registry) dropLocked(name string) {
	if r.entries[name] != nil { // Secondary [check]
		delete(r.entries, name) // Noncompliant [TOCTOU001] {{r.entries[name] is checked at line 106 and changed at line 107 by delete(r.entries, name), which is safe only if every caller holds r.mu, as the name dropLocked says; this analysis found no caller in the package that holds it}}
	}
}

func (r *Registry) Remember(name string, e *Entry) {
	if _, ok := r.index.Load(name); !ok { // Secondary [check]
		r.index.Store(name, e) // Noncompliant [TOCTOU001] {{r.index is checked at line 112 and changed at line 113 by r.index.Store(name, e), with no lock held at either point}}
	}
}

func (r *Registry) RememberOnce(name string, e *Entry) *Entry {
	actual, _ := r.index.LoadOrStore(name, e)
	return actual.(*Entry)
}

func (r *Registry) Start() bool {
	return atomic.CompareAndSwapInt32(&r.state, 0, 1)
}

func (r *Registry) Count(names []string) int {
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
		}
	}
	return len(seen)
}

func (r *Registry) Size() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if len(r.entries) > 100 {
		println("large registry")
	}
	return len(r.entries)
}
