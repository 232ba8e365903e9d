package sharedstate

import "sync"

// RetakeStore's notifyLocked lets go of the lock its caller holds, runs the callback and takes the lock again: after
// the call the caller holds it anew, and a check and an act both after the call are covered; one on each side of it
// is not.
type RetakeStore struct {
	mu       sync.Mutex
	items    map[string]int
	onChange func()
}

func (s *RetakeStore) notifyLocked() {
	s.mu.Unlock()
	if s.onChange != nil {
		s.onChange()
	}
	s.mu.Lock()
}

func (s *RetakeStore) Put(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notifyLocked()
	if _, ok := s.items[k]; !ok {
		s.items[k] = v
	}
}

func (s *RetakeStore) PutNotifying(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[k]; !ok { // Secondary [check]
		s.notifyLocked()
		s.items[k] = v // Noncompliant [TOCTOU001] {{s.items[k] is checked at line 34 and changed at line 36 by s.items[k], and s.mu is released and re-taken at line 35, inside notifyLocked() in between}}
	}
}

// ReadRetakeStore's helper lets go of the read lock its caller holds and takes the read lock again: after the call the
// caller holds a read lock, which other readers hold too, so a check and an act both under it are still reported.
type ReadRetakeStore struct {
	mu    sync.RWMutex
	items map[string]int
	hook  func()
}

func (s *ReadRetakeStore) pauseReading() {
	s.mu.RUnlock()
	if s.hook != nil {
		s.hook()
	}
	s.mu.RLock()
}

func (s *ReadRetakeStore) Touch(k string) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.pauseReading()
	if _, ok := s.items[k]; !ok { // Secondary [check]
		s.items[k] = 1 // Noncompliant [TOCTOU001] {{s.items[k] is checked at line 60 and changed at line 61 by s.items[k], under the read lock s.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	}
}

// RetakePipe's drain lets go of the lock around the write and takes it again, in one branch only: both ways hold the
// lock after the branch, so a check and an act after it are covered; a check before the branch and an act after it are
// not, on the way through drain.
type RetakePipe struct {
	mu    sync.Mutex
	spare []byte
	sent  int
}

func (p *RetakePipe) drain(b []byte) error {
	p.mu.Unlock()
	err := sendBytes(b)
	p.mu.Lock()
	return err
}

func (p *RetakePipe) Push(b []byte, now bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now {
		if p.drain(b) != nil {
			return
		}
	}
	if p.spare == nil {
		p.spare = b[:0]
	}
}

func (p *RetakePipe) Count(b []byte, now bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sent < 10 { // Secondary [check]
		if now {
			p.drain(b)
		}
		p.sent++ // Noncompliant [TOCTOU001] {{p.sent is checked at line 97 and changed at line 101 by p.sent, and p.mu is released and re-taken at line 99, inside drain() in between}}
	}
}

// waitOutside lets go of the lock while it waits and takes it again as it returns, with a deferred call.
func (p *RetakePipe) waitOutside() {
	p.mu.Unlock()
	defer p.mu.Lock()
	pause()
}

func (p *RetakePipe) Stall(b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(b) > 10 {
		p.waitOutside()
	}
	if p.spare == nil {
		p.spare = b[:0]
	}
}

func (p *RetakePipe) Settle() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sent > 0 { // Secondary [check]
		p.waitOutside()
		p.sent = 0 // Noncompliant [TOCTOU001] {{p.sent is checked at line 126 and changed at line 128 by p.sent, and p.mu is released and re-taken at line 127, inside waitOutside() in between}}
	}
}

func (p *RetakePipe) reset() {
	p.mu.Lock()
	p.spare = nil
	p.sent = 0
	p.mu.Unlock()
}

func StartPipe(p *RetakePipe) {
	go p.reset()
}

func sendBytes(b []byte) error { return nil }
func pause()                   {}
