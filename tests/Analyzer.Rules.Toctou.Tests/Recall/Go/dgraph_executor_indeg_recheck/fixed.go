// https://github.com/dgraph-io/dgraph/pull/7269
// Fixed version: whether the new mutation depends on a running one is recorded while the
// graph lock is held (isDependent); a dependent mutation is only ever started by the worker
// that drops its inDeg to zero, so it cannot be started twice.
package worker

import (
	"sync"
	"sync/atomic"
)

type pendingSub struct {
	startTs uint64
	index   uint64
	keys    []uint64
}

type pendingMut struct {
	inDeg      int64
	sm         *pendingSub
	dependents map[uint64]*pendingMut
	g          *conflictGraph
}

type conflictGraph struct {
	sync.Mutex
	conflicts map[uint64][]*pendingMut
}

type execQueue struct {
	applied func(index uint64)
	apply   func(sm *pendingSub)
}

func (q *execQueue) runMutation(mut *pendingMut) {
	q.apply(mut.sm)
	q.applied(mut.sm.index)

	mut.g.Lock()
	defer mut.g.Unlock()
	for _, dependent := range mut.dependents {
		if atomic.AddInt64(&dependent.inDeg, -1) == 0 {
			go q.runMutation(dependent)
		}
	}
	for _, key := range mut.sm.keys {
		arr := mut.g.conflicts[key][:0]
		for _, x := range mut.g.conflicts[key] {
			if x != mut {
				arr = append(arr, x)
			}
		}
		if len(arr) == 0 {
			delete(mut.g.conflicts, key)
		} else {
			mut.g.conflicts[key] = arr
		}
	}
}

func (q *execQueue) dispatchLoop(ch chan *pendingSub) {
	g := &conflictGraph{conflicts: make(map[uint64][]*pendingMut)}
	for payload := range ch {
		m := &pendingMut{sm: payload, dependents: make(map[uint64]*pendingMut), g: g}

		isDependent := false
		g.Lock()
		for _, key := range payload.keys {
			for _, running := range g.conflicts[key] {
				if _, ok := running.dependents[payload.startTs]; !ok {
					isDependent = true
					atomic.AddInt64(&m.inDeg, 1)
					running.dependents[payload.startTs] = m
				}
			}
			g.conflicts[key] = append(g.conflicts[key], m)
		}
		g.Unlock()

		if !isDependent {
			go q.runMutation(m)
		}
	}
}
