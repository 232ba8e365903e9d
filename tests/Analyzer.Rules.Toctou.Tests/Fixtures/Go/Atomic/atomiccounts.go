package atomics

import "sync/atomic"

// Allotment counts what it lets in with one atomic add and weighs the count the add answers: a look before it is only a
// fast path, and giving the amount back when the count is over keeps whatever others added meanwhile.
type Allotment struct {
	used  int64
	limit int64
}

func (q *Allotment) Admit(n int64) bool {
	if atomic.LoadInt64(&q.used)+n > q.limit {
		return false
	}
	total := atomic.AddInt64(&q.used, n)
	if total > q.limit {
		atomic.AddInt64(&q.used, -n)
		return false
	}
	return true
}

// Gatekeeper adds without weighing what the add answers: two callers can both pass the look and both add.
type Gatekeeper struct {
	used  int64
	limit int64
}

func (g *Gatekeeper) Admit(n int64) bool {
	if atomic.LoadInt64(&g.used)+n > g.limit { // Secondary [check]
		return false
	}
	atomic.AddInt64(&g.used, n) // Noncompliant [TOCTOU001] {{g.used is checked at line 31 and changed at line 34 by atomic.AddInt64(&g.used, n), with no lock held at either point}}
	return true
}

func admitBoth(q *Allotment, g *Gatekeeper) {
	go q.Admit(1)
	go g.Admit(1)
}
