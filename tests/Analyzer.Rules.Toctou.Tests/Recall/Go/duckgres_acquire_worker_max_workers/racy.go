// https://github.com/PostHog/duckgres/pull/242
// FlightWorkerPool.AcquireWorker checked liveWorkerCountLocked() < maxWorkers under p.mu, then
// released the lock and called SpawnWorker, which takes ~10s before the worker is registered.
// Every connection arriving in that window saw the same stale count and spawned its own worker
// (max_workers: 4, 220+ processes). The fix counts in-flight spawns under the lock.
package controlplane

import (
	"fmt"
	"sync"
	"time"
)

type ManagedWorker struct {
	ID             int
	activeSessions int
	dead           bool
}

type FlightWorkerPool struct {
	mu           sync.RWMutex
	workers      map[int]*ManagedWorker
	nextWorkerID int
	maxWorkers   int
}

func (p *FlightWorkerPool) liveWorkerCountLocked() int {
	n := 0
	for _, w := range p.workers {
		if !w.dead {
			n++
		}
	}
	return n
}

// SpawnWorker starts a worker process, waits for its health check, then registers it.
func (p *FlightWorkerPool) SpawnWorker(id int) error {
	time.Sleep(10 * time.Second) // process start + health check
	p.mu.Lock()
	p.workers[id] = &ManagedWorker{ID: id}
	p.mu.Unlock()
	return nil
}

// AcquireWorker is called for every new client connection, each on its own goroutine.
func (p *FlightWorkerPool) AcquireWorker() (*ManagedWorker, error) {
	p.mu.Lock()
	liveCount := p.liveWorkerCountLocked()
	if p.maxWorkers == 0 || liveCount < p.maxWorkers {
		id := p.nextWorkerID
		p.nextWorkerID++
		p.mu.Unlock()

		if err := p.SpawnWorker(id); err != nil { // Noncompliant
			return nil, err
		}

		p.mu.Lock()
		w, ok := p.workers[id]
		if ok {
			w.activeSessions++
		}
		p.mu.Unlock()
		if !ok {
			return nil, fmt.Errorf("worker %d not found after spawn", id)
		}
		return w, nil
	}
	defer p.mu.Unlock()
	return p.leastLoadedWorkerLocked(), nil
}

func (p *FlightWorkerPool) leastLoadedWorkerLocked() *ManagedWorker {
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
