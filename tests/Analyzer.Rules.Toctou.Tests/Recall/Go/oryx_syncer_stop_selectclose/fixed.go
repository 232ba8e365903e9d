// https://github.com/RoseWrightdev/oryx/issues/101
// Fixed version: the stop channel is closed inside a sync.Once, so concurrent Stop calls cannot
// both decide that the channel is still open.
package entropy

import (
	"sync"
	"time"
)

type AntiEntropySyncer struct {
	mu       sync.Mutex
	digests  map[string]uint64
	stopChan chan struct{}
	stopOnce sync.Once
	wg       sync.WaitGroup
}

func NewAntiEntropySyncer() *AntiEntropySyncer {
	return &AntiEntropySyncer{digests: make(map[string]uint64), stopChan: make(chan struct{})}
}

func (s *AntiEntropySyncer) Begin(interval time.Duration) {
	s.wg.Add(1)
	go s.run(interval)
}

func (s *AntiEntropySyncer) run(interval time.Duration) {
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

func (s *AntiEntropySyncer) Shutdown() {
	s.stopOnce.Do(func() {
		close(s.stopChan)
	})
	s.wg.Wait()
}
