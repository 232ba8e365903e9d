package handedin

import "sync"

// State locks inside each of its methods, so it is made to be shared: a caller that checks it with one call and
// changes it with another leaves a gap in which another holder of the same state can run.
type State struct {
	mu      sync.Mutex
	running bool
	pid     int
}

func (s *State) IsRunning() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.running
}

func (s *State) SetRunning(pid int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.running = true
	s.pid = pid
}

// StartIfStopped checks and changes the state in one step, under its lock.
func (s *State) StartIfStopped(pid int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running {
		return false
	}
	s.running = true
	s.pid = pid
	return true
}

type Container struct {
	State *State
	ID    string
}

func Start(c *Container, pid int) {
	if c.State.IsRunning() {
		return
	}
	c.State.SetRunning(pid) // Noncompliant [TOCTOU001] {{c.State.running is checked at line 44 and changed at line 47 by c.State.SetRunning(pid), and c.State.mu is released and re-taken at line 47, inside SetRunning() in between}}
}

func StartOnce(c *Container, pid int) bool {
	return c.State.StartIfStopped(pid)
}

// A state the function makes itself is not shared yet.
func Fresh(pid int) *State {
	s := &State{}
	if !s.IsRunning() {
		s.SetRunning(pid)
	}
	return s
}
