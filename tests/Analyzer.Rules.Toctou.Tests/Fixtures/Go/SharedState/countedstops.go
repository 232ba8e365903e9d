package sharedstate

import "sync"

// TaskStopper counts the tasks it runs; Quiesce stops new ones and tells whether any is still in flight. Launch tests the
// flag and counts its task in two holds of the lock: a Quiesce between them finds no task and reports the stopper idle
// while one starts. GuardedStopper tests and counts in one hold.
type TaskStopper struct {
	mu       sync.Mutex
	draining bool
	inFlight int
}

func (s *TaskStopper) Launch(task func()) bool {
	s.mu.Lock()
	draining := s.draining // Secondary [check]
	s.mu.Unlock()
	if draining {
		return false
	}
	s.mu.Lock()
	s.inFlight++ // Noncompliant [TOCTOU001] {{s.draining is checked at line 16 and decides s.inFlight++ at line 22, while TaskStopper.Quiesce changes s.draining and reads s.inFlight under the same hold of s.mu at line 38 and 39, and s.mu is released and re-taken at line 21 in between; a TaskStopper.Quiesce between the check and the act counts the work in flight before this one joins, and goes on as if none were}}
	s.mu.Unlock()
	go s.settle(task)
	return true
}

func (s *TaskStopper) settle(task func()) {
	task()
	s.mu.Lock()
	s.inFlight--
	s.mu.Unlock()
}

func (s *TaskStopper) Quiesce() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.draining = true
	return s.inFlight == 0
}

type GuardedStopper struct {
	mu       sync.Mutex
	draining bool
	inFlight int
}

func (s *GuardedStopper) Launch(task func()) bool {
	s.mu.Lock()
	if s.draining {
		s.mu.Unlock()
		return false
	}
	s.inFlight++
	s.mu.Unlock()
	go s.settle(task)
	return true
}

func (s *GuardedStopper) settle(task func()) {
	task()
	s.mu.Lock()
	s.inFlight--
	s.mu.Unlock()
}

func (s *GuardedStopper) Quiesce() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.draining = true
	return s.inFlight == 0
}
