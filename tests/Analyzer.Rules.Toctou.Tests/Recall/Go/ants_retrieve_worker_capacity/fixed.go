// https://github.com/panjf2000/ants/pull/376
// Fixed version: p.lock stays held until run() has counted the new worker, so the
// capacity check and the increment of the running counter happen under one lock.
package ants

import (
	"errors"
	"sync"
	"sync/atomic"
)

var ErrBoundedPoolOverload = errors.New("too many goroutines blocked on submit or Nonblocking is set")

type boundedWorker struct {
	pool *BoundedPool
	task chan func()
}

func (w *boundedWorker) run() {
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

type BoundedPool struct {
	capacity    int32
	running     int32
	nonblocking bool
	lock        sync.Mutex
	cond        *sync.Cond
	workers     []*boundedWorker
	workerCache sync.Pool
}

func NewBoundedPool(size int, nonblocking bool) *BoundedPool {
	p := &BoundedPool{capacity: int32(size), nonblocking: nonblocking}
	p.cond = sync.NewCond(&p.lock)
	p.workerCache.New = func() interface{} {
		return &boundedWorker{pool: p, task: make(chan func(), 1)}
	}
	return p
}

func (p *BoundedPool) Running() int         { return int(atomic.LoadInt32(&p.running)) }
func (p *BoundedPool) Cap() int             { return int(atomic.LoadInt32(&p.capacity)) }
func (p *BoundedPool) Free() int            { return p.Cap() - p.Running() }
func (p *BoundedPool) addRunning(delta int) { atomic.AddInt32(&p.running, int32(delta)) }
func (p *BoundedPool) Submit(task func()) error {
	w, err := p.retrieveWorker()
	if w != nil {
		w.task <- task
	}
	return err
}

func (p *BoundedPool) retrieveWorker() (*boundedWorker, error) {
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
			w := p.workerCache.Get().(*boundedWorker)
			w.run()
			p.lock.Unlock()
			return w, nil
		}

		if p.nonblocking {
			p.lock.Unlock()
			return nil, ErrBoundedPoolOverload
		}
		p.cond.Wait()
	}
}

func (p *BoundedPool) revertWorker(w *boundedWorker) bool {
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
