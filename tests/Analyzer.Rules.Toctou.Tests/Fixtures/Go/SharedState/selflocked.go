package selflocked

import "sync"

// send tests which system state there is under the read lock and pushes onto its queue, which locks itself: readers
// that pass the test together push one at a time, and no writer swaps the state while the read lock is held. bump
// changes the state itself under the read lock, which other readers hold at the same time.
type sendQueue struct {
	mu    sync.Mutex
	items []string
}

func (q *sendQueue) push(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
}

type sysState struct {
	sendq *sendQueue
	seq   int
}

type SysRelay struct {
	mu  sync.RWMutex
	sys *sysState
}

func (s *SysRelay) send(msg string) {
	s.mu.RLock()
	if s.sys == nil {
		s.mu.RUnlock()
		return
	}
	s.sys.sendq.push(msg)
	s.mu.RUnlock()
}

func (s *SysRelay) bump() {
	s.mu.RLock()
	if s.sys == nil {
		s.mu.RUnlock()
		return
	}
	s.sys.seq++ // Noncompliant [TOCTOU001] {{s.sys is checked at line 41 and changed at line 45 by s.sys.seq, under the read lock s.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	s.mu.RUnlock()
}

func (s *SysRelay) setSystem(i *sysState) {
	s.mu.Lock()
	s.sys = i
	s.mu.Unlock()
}
