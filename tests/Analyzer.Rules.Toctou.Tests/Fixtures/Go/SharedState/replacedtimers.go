package replacedtimers

import (
	"sync"
	"time"
)

// becomeLeader stops the timer in tmr before it stores a new one there, so a second caller that passes the stale test
// replaces the timer; the goroutine it starts after that is the task that runs twice.
type leaderWatch struct {
	mu      sync.Mutex
	running bool
	tmr     *time.Timer
}

func stopTimer(t **time.Timer) {
	if *t != nil {
		(*t).Stop()
		*t = nil
	}
}

func (w *leaderWatch) becomeLeader() {
	w.mu.Lock()
	running := w.running // Secondary [check]
	w.mu.Unlock()
	if running {
		return
	}
	w.mu.Lock()
	w.running = true // Noncompliant [TOCTOU001] {{w.running is checked at line 25 and changed at line 31 by w.running, and w.mu is released and re-taken at line 30 in between; two callers that run it at once can both pass the test and both start the task made at line 34, so it runs twice}}
	stopTimer(&w.tmr)
	w.tmr = time.AfterFunc(time.Second, w.check)
	go w.gather()
	w.mu.Unlock()
}

func (w *leaderWatch) check() {}

func (w *leaderWatch) gather() {}
