package addresses

import (
	"sync"
	"sync/atomic"
)

// A plan keeps the address of the engine's counter for its level: making it reads nothing of the counter, so the
// count that follows is decided by no test of it.
type levelCounts struct {
	active [4]int64
}

type levelPlan struct {
	level  int
	active *int64
}

type levelEngine struct {
	mu     sync.Mutex
	counts levelCounts
	queued int
}

func (e *levelEngine) planFor(level int) *levelPlan {
	if level < 1 || level > 4 {
		return nil
	}
	return &levelPlan{level: level, active: &e.counts.active[level-1]}
}

func (e *levelEngine) compactLevel(level int) bool {
	p := e.planFor(level)
	if p == nil {
		return false
	}
	atomic.AddInt64(&e.counts.active[level-1], 1)
	go func() {
		defer atomic.AddInt64(p.active, -1)
		e.mu.Lock()
		e.queued++
		e.mu.Unlock()
	}()
	return true
}

// admit tests the count itself before it raises it.
func (e *levelEngine) admit(level int) bool {
	if atomic.LoadInt64(&e.counts.active[level-1]) >= 2 { // Secondary [check]
		return false
	}
	atomic.AddInt64(&e.counts.active[level-1], 1) // Noncompliant [TOCTOU001] {{e.counts.active[level-1] is checked at line 49 and changed at line 52 by atomic.AddInt64(&e.counts.active[level-1], 1), with no lock held at either point, while admit is started in parallel at line 59, in a loop}}
	return true
}

func (e *levelEngine) compact() {
	for level := 1; level <= 4; level++ {
		go e.compactLevel(level)
		go e.admit(level)
	}
}
