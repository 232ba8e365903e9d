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
	h.register(taken...) // Noncompliant {{h.pending is checked at line 36 and changed at line 43 by h.register(taken...), but the check runs before h.mu is taken at line 43, inside register()}}
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
	h.register(taken...) // Noncompliant {{h.pending is checked at line 48 and changed at line 57 by h.register(taken...), but the check runs before h.mu is taken at line 57, inside register()}}
}
