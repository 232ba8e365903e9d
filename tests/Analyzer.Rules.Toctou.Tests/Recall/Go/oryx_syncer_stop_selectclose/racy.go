// https://github.com/RoseWrightdev/oryx/issues/101
// Syncer.Stop in cluster/entropy/sync.go used a select with a default branch as an "already
// closed?" check before close(s.stopChan); two concurrent shutdown paths both took the default
// branch and the second close panicked. The fix makes the close happen exactly once (sync.Once).
package entropy

import (
	"sync"
	"time"
)

type Syncer struct {
	mu       sync.Mutex
	digests  map[string]uint64
	stopChan chan struct{}
	wg       sync.WaitGroup
}

func NewSyncer() *Syncer {
	return &Syncer{digests: make(map[string]uint64), stopChan: make(chan struct{})}
}

func (s *Syncer) Start(interval time.Duration) {
	s.wg.Add(1)
	go s.loop(interval)
}

func (s *Syncer) loop(interval time.Duration) {
	defer s.wg.Done()
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-s.stopChan:
			return
		case <-ticker.C:
			s.mu.Lock()
			for k := range s.digests {
				s.digests[k]++
			}
			s.mu.Unlock()
		}
	}
}

func (s *Syncer) Stop() {
	select {
	case <-s.stopChan:
		return
	default:
		close(s.stopChan) // Noncompliant
	}
	s.wg.Wait()
}
