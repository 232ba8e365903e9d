package atomics

import "sync/atomic"

// trialGate lets one trial call through: it reads the count plainly and raises it with an atomic add, so two callers
// can both read 0 and both pass. The atomic call says threads share the word. casGate claims the trial with one
// compare-and-swap. countedCalls asks only whether it has a counter at all, then adds to it.
type trialGate struct {
	halfOpens int64
}

func (g *trialGate) tryTrial() bool {
	if g.halfOpens == 0 { // Secondary [check]
		atomic.AddInt64(&g.halfOpens, 1) // Noncompliant [TOCTOU001] {{g.halfOpens is checked at line 13 and changed at line 14 by atomic.AddInt64(&g.halfOpens, 1), with no lock held at either point}}
		return true
	}
	return false
}

func (g *trialGate) casTrial() bool {
	return atomic.CompareAndSwapInt64(&g.halfOpens, 0, 1)
}

type countedCalls struct {
	calls *int64
}

func (c *countedCalls) count() {
	if c.calls != nil {
		atomic.AddInt64(c.calls, 1)
	}
}
