package sharedstate

import "sync"

// Hidden registers again what it took out of its own list under the lock: the unlocked test before only decides
// whether to look at all.
type Hidden struct {
	mu      sync.Mutex
	pending map[string]int
}

func (h *Hidden) register(values ...int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, v := range values {
		h.pending["again"] = v
	}
}

func (h *Hidden) Flush() {
	if len(h.pending) == 0 {
		return
	}
	h.mu.Lock()
	taken := make([]int, 0, len(h.pending))
	for _, v := range h.pending {
		taken = append(taken, v)
	}
	h.pending = nil
	h.mu.Unlock()
	h.register(taken...)
}

// What it registers comes from the unlocked look: the test and the act both go by state another goroutine can change.
func (h *Hidden) FlushLoosely() {
	if len(h.pending) == 0 { // Secondary [check]
		return
	}
	taken := make([]int, 0, len(h.pending))
	for _, v := range h.pending {
		taken = append(taken, v)
	}
	h.register(taken...) // Noncompliant {{h.pending is checked at line 36 and changed at line 43 by h.register(taken...) (on some paths through it), but the check runs before h.mu is taken at line 43, inside register()}}
}

// A copy taken under the lock leaves the entries in place: another Flush can take and register the same ones.
func (h *Hidden) FlushCopy() {
	if len(h.pending) == 0 { // Secondary [check]
		return
	}
	h.mu.Lock()
	taken := make([]int, 0, len(h.pending))
	for _, v := range h.pending {
		taken = append(taken, v)
	}
	h.mu.Unlock()
	h.register(taken...) // Noncompliant {{h.pending is checked at line 48 and changed at line 57 by h.register(taken...) (on some paths through it), but the check runs before h.mu is taken at line 57, inside register()}}
}

// Trigger takes the waiter's channel out of the map under the lock, and only the caller that took it sends on it and
// closes it: a second caller finds the entry gone.
type Waiters struct {
	mu sync.Mutex
	m  map[int]chan int
}

func (w *Waiters) Register(id int) <-chan int {
	w.mu.Lock()
	defer w.mu.Unlock()
	ch := make(chan int, 1)
	w.m[id] = ch
	return ch
}

func (w *Waiters) Trigger(id int, x int) {
	w.mu.Lock()
	ch := w.m[id]
	delete(w.m, id)
	w.mu.Unlock()
	if ch != nil {
		ch <- x
		close(ch)
	}
}

// The entry is removed only after the lock was let go: two callers can both take the channel and both close it.
func (w *Waiters) TriggerLate(id int, x int) {
	w.mu.Lock()
	ch, ok := w.m[id] // Secondary [check]
	w.mu.Unlock()
	if ok {
		ch <- x // Noncompliant {{w.m[id] is checked at line 89 and changed at line 92 by ch <- x, at line 93 by close(ch) and at line 95 by other code, but w.mu is released before the act; two callers that run it at once can both pass the test and both reach close(ch) at line 93, which fails when it is made twice}}
		close(ch)
		w.mu.Lock()
		delete(w.m, id)
		w.mu.Unlock()
	}
}

// Read under one hold and removed under another: two callers can both read the channel before either removes it.
func (w *Waiters) TriggerSplit(id int) {
	w.mu.Lock()
	ch := w.m[id] // Secondary [check]
	w.mu.Unlock()
	w.mu.Lock()
	delete(w.m, id)
	w.mu.Unlock()
	if ch != nil {
		close(ch) // Noncompliant {{w.m[id] is checked at line 103 and changed at line 109 by close(ch), but w.mu is released before the act}}
	}
}
