// https://github.com/PostHog/duckgres/pull/242
// Fixed version: a spawning counter is incremented under p.mu before the lock is released and
// decremented after the spawn; the live count includes it, so concurrent callers see the
// workers that are still starting and stop at maxWorkers.
package controlplane

import (
	"fmt"
	"sync"
	"time"
)

type CappedWorkerPool struct {
	mu           sync.RWMutex
	workers      map[int]*ManagedWorker
	nextWorkerID int
	maxWorkers   int
	spawning     int
}

func (p *CappedWorkerPool) liveWorkerCountLocked() int {
	n := p.spawning
	for _, w := range p.workers {
		if !w.dead {
			n++
		}
	}
	return n
}

// SpawnWorker starts a worker process, waits for its health check, then registers it.
func (p *CappedWorkerPool) SpawnWorker(id int) error {
	time.Sleep(10 * time.Second) // process start + health check
	p.mu.Lock()
	p.workers[id] = &ManagedWorker{ID: id}
	p.mu.Unlock()
	return nil
}

// AcquireWorker is called for every new client connection, each on its own goroutine.
func (p *CappedWorkerPool) AcquireWorker() (*ManagedWorker, error) {
	p.mu.Lock()
	liveCount := p.liveWorkerCountLocked()
	if p.maxWorkers == 0 || liveCount < p.maxWorkers {
		id := p.nextWorkerID
		p.nextWorkerID++
		p.spawning++
		p.mu.Unlock()

		err := p.SpawnWorker(id)

		p.mu.Lock()
		p.spawning--
		w, ok := p.workers[id]
		if ok {
			w.activeSessions++
		}
		p.mu.Unlock()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("worker %d not found after spawn", id)
		}
		return w, nil
	}
	defer p.mu.Unlock()
	return p.leastLoadedWorkerLocked(), nil
}

func (p *CappedWorkerPool) leastLoadedWorkerLocked() *ManagedWorker {
	var best *ManagedWorker
	for _, w := range p.workers {
		if !w.dead && (best == nil || w.activeSessions < best.activeSessions) {
			best = w
		}
	}
	if best != nil {
		best.activeSessions++
	}
	return best
}
