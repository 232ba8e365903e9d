package timers

import (
	"sync"
	"time"
)

func work() {}

// Touch arms the idle timer when none is armed, and the timer's callback clears it on a goroutine of its own, beside
// the next Touch: two calls can both find it nil and both arm one.
type Session struct {
	mu    sync.Mutex
	hits  int
	timer *time.Timer
}

func (s *Session) Touch() {
	s.mu.Lock()
	s.hits++
	s.mu.Unlock()
	if s.timer == nil {
		s.timer = time.AfterFunc(time.Second, func() { s.timer = nil }) // Noncompliant [TOCTOU001] {{s.timer is checked at line 22 and changed at line 23 by s.timer, with no lock held at either point, while the function literal Touch starts at line 23 changes it at the same time as the next call of Touch; two callers that run it at once can both pass the test and both start the task made at line 23, so it runs twice}}
	}
}

// The same under the lock, taken in the callback too.
type Guarded struct {
	mu    sync.Mutex
	timer *time.Timer
}

func (g *Guarded) Touch() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.timer == nil {
		g.timer = time.AfterFunc(time.Second, func() {
			g.mu.Lock()
			g.timer = nil
			g.mu.Unlock()
		})
	}
}

// A runner with no lock at all: the goroutine it starts clears running while the next Start reads it.
type Runner struct {
	running bool
}

func (r *Runner) Start() {
	if r.running {
		return
	}
	r.running = true // Noncompliant [TOCTOU001] {{r.running is checked at line 51 and changed at line 54 by r.running, with no lock held at either point, while the function literal Start starts at line 55 changes it at the same time as the next call of Start; two callers that run it at once can both pass the test and both start the task made at line 55, so it runs twice}}
	go func() {
		work()
		r.running = false
	}()
}

// The goroutine writes other state than the one checked.
type Loader struct {
	loaded bool
	data   []byte
}

func (l *Loader) Load() {
	if l.loaded {
		return
	}
	l.loaded = true
	go func() {
		l.data = []byte("x")
	}()
}
