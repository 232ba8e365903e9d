package sharedstate

import "sync"

type runner struct {
	id      int
	stopped bool
}

// Each request asks for a runner on a goroutine of its own.
type runnerPool struct {
	mu       sync.Mutex
	runners  map[int]*runner
	starting int
	nextID   int
	limit    int
}

func newRunnerPool(requests <-chan struct{}) *runnerPool {
	p := &runnerPool{runners: map[int]*runner{}, limit: 4}
	go func() {
		for range requests {
			go p.grow()
			go p.growReserved()
		}
	}()
	return p
}

// The count of running ones is made by a loop whose test decides each raise.
func (p *runnerPool) runningLocked() int {
	n := 0
	for _, r := range p.runners {
		if !r.stopped {
			n++
		}
	}
	return n
}

func (p *runnerPool) register(id int) {
	p.mu.Lock()
	p.runners[id] = &runner{id: id}
	p.mu.Unlock()
}

// Two requests can both count three and both start a fourth.
func (p *runnerPool) grow() {
	p.mu.Lock()
	if p.runningLocked() >= p.limit { // Secondary [check]
		p.mu.Unlock()
		return
	}
	id := p.nextID
	p.nextID++
	p.mu.Unlock()
	p.register(id) // Noncompliant [TOCTOU001] {{p.runners is checked at line 50 and changed at line 57 by p.register(id), and p.mu is released and re-taken at line 57, inside register() in between}}
}

// The start is counted under the lock of the test, before it is let go: the next request counts it too.
func (p *runnerPool) growReserved() {
	p.mu.Lock()
	if p.runningLocked()+p.starting >= p.limit {
		p.mu.Unlock()
		return
	}
	id := p.nextID
	p.nextID++
	p.starting++
	p.mu.Unlock()
	p.register(id)
	p.mu.Lock()
	p.starting--
	p.mu.Unlock()
}
