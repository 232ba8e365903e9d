package wrapperlocks

import (
	"sync"
	"time"
)

// heartbeat only runs through wrapChk, which returns a function that calls it under mu: sendStatsz runs under mu on
// every call.
type statsServer struct {
	mu      sync.Mutex
	running bool
	statsz  int
	stmr    *time.Timer
}

func (s *statsServer) wrapChk(f func()) func() {
	return func() {
		s.mu.Lock()
		if !s.running {
			s.mu.Unlock()
			return
		}
		f()
		s.mu.Unlock()
	}
}

// sendStatsz sends the stats. Lock should be held.
func (s *statsServer) sendStatsz() {
	if s.statsz == 0 {
		s.statsz = 1
	}
}

func (s *statsServer) heartbeat() {
	s.sendStatsz()
}

func (s *statsServer) startTimer() {
	s.stmr = time.AfterFunc(time.Second, s.wrapChk(s.heartbeat))
}

func (s *statsServer) Update() {
	s.mu.Lock()
	s.sendStatsz()
	s.mu.Unlock()
}

// sweep is also handed to time.AfterFunc as it is: it runs without mu there.
type sweepServer struct {
	mu      sync.Mutex
	running bool
	swept   int
	tmr     *time.Timer
}

func (s *sweepServer) wrapChk(f func()) func() {
	return func() {
		s.mu.Lock()
		f()
		s.mu.Unlock()
	}
}

// sweepLocked sweeps once. Lock should be held.
func (s *sweepServer) sweepLocked() {
	if s.swept == 0 { // Secondary [check]
		s.swept = 1 // Noncompliant [TOCTOU001] {{s.swept is checked at line 68 and changed at line 69 by s.swept, which is safe only if every caller holds s.mu, as the name sweepLocked says; 1 of the 2 calls to it in the package holds it, but sweepServer.sweep calls it without}}
	}
}

func (s *sweepServer) sweep() {
	s.sweepLocked()
}

func (s *sweepServer) startTimers() {
	s.tmr = time.AfterFunc(time.Second, s.wrapChk(s.sweep))
	time.AfterFunc(time.Minute, s.sweep)
}

func (s *sweepServer) Update() {
	s.mu.Lock()
	s.sweepLocked()
	s.mu.Unlock()
}
