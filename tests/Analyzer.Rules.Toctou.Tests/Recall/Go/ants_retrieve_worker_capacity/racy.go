// https://github.com/panjf2000/ants/pull/376
// (issue #374) retrieveWorker compared Running() with Cap() under p.lock but unlocked before the new
// worker's run() incremented the running counter; Submit callers on other goroutines passed
// the same check in that window, so Running() exceeded the capacity and Free() went
// negative. Fix: release p.lock only after w.run().
package ants

import (
	"errors"
	"sync"
	"sync/atomic"
)

var ErrPoolOverload = errors.New("too many goroutines blocked on submit or Nonblocking is set")

type goWorker struct {
	pool *Pool
	task chan func()
}

func (w *goWorker) run() {
	w.pool.addRunning(1)
	go func() {
		defer func() {
			w.pool.addRunning(-1)
			w.pool.workerCache.Put(w)
			w.pool.cond.Signal()
		}()
		for f := range w.task {
			if f == nil {
				return
			}
			f()
			if !w.pool.revertWorker(w) {
				return
			}
		}
	}()
}

type Pool struct {
	capacity    int32
	running     int32
	nonblocking bool
	lock        sync.Mutex
	cond        *sync.Cond
	workers     []*goWorker
	workerCache sync.Pool
}

func NewPool(size int, nonblocking bool) *Pool {
	p := &Pool{capacity: int32(size), nonblocking: nonblocking}
	p.cond = sync.NewCond(&p.lock)
	p.workerCache.New = func() interface{} {
		return &goWorker{pool: p, task: make(chan func(), 1)}
	}
	return p
}

func (p *Pool) Running() int         { return int(atomic.LoadInt32(&p.running)) }
func (p *Pool) Cap() int             { return int(atomic.LoadInt32(&p.capacity)) }
func (p *Pool) Free() int            { return p.Cap() - p.Running() }
func (p *Pool) addRunning(delta int) { atomic.AddInt32(&p.running, int32(delta)) }
func (p *Pool) Submit(task func()) error {
	w, err := p.retrieveWorker()
	if w != nil {
		w.task <- task
	}
	return err
}

func (p *Pool) retrieveWorker() (*goWorker, error) {
	p.lock.Lock()
	for {
		if n := len(p.workers); n > 0 {
			w := p.workers[n-1]
			p.workers[n-1] = nil
			p.workers = p.workers[:n-1]
			p.lock.Unlock()
			return w, nil
		}

		if capacity := p.Cap(); capacity == -1 || capacity > p.Running() {
			p.lock.Unlock()
			w := p.workerCache.Get().(*goWorker)
			w.run() // Noncompliant
			return w, nil
		}

		if p.nonblocking {
			p.lock.Unlock()
			return nil, ErrPoolOverload
		}
		p.cond.Wait()
	}
}

func (p *Pool) revertWorker(w *goWorker) bool {
	if capacity := p.Cap(); capacity > 0 && p.Running() > capacity {
		p.cond.Broadcast()
		return false
	}
	p.lock.Lock()
	p.workers = append(p.workers, w)
	p.cond.Signal()
	p.lock.Unlock()
	return true
}
