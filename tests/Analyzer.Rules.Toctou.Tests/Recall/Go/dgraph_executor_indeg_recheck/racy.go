// https://github.com/dgraph-io/dgraph/pull/7269
// Ludicrous-mode executor: processMutationCh registers a new mutation M2 as a dependent of a
// running mutation M1 (inDeg++) under graph.Lock, unlocks, and only then tests inDeg == 0 to
// decide whether to start M2 itself. M1's worker may finish in between, drop M2's inDeg to 0 and
// start it too, so M2 runs twice and the watermark gets a double Done (alpha crash). The fix
// decides "isDependent" while the graph lock is still held and starts the mutation only if not.
package worker

import (
	"sync"
	"sync/atomic"
)

type subMutation struct {
	startTs uint64
	index   uint64
	keys    []uint64
}

type mutation struct {
	inDeg              int64
	sm                 *subMutation
	dependentMutations map[uint64]*mutation
	graph              *graph
}

type graph struct {
	sync.Mutex
	conflicts map[uint64][]*mutation
}

type executor struct {
	applied func(index uint64) // watermark Done
	apply   func(sm *subMutation)
}

func (e *executor) worker(mut *mutation) {
	e.apply(mut.sm)
	e.applied(mut.sm.index)

	mut.graph.Lock()
	defer mut.graph.Unlock()
	for _, dependent := range mut.dependentMutations {
		if atomic.AddInt64(&dependent.inDeg, -1) == 0 {
			go e.worker(dependent)
		}
	}
	for _, key := range mut.sm.keys {
		arr := mut.graph.conflicts[key][:0]
		for _, x := range mut.graph.conflicts[key] {
			if x != mut {
				arr = append(arr, x)
			}
		}
		if len(arr) == 0 {
			delete(mut.graph.conflicts, key)
		} else {
			mut.graph.conflicts[key] = arr
		}
	}
}

func (e *executor) processMutationCh(ch chan *subMutation) {
	g := &graph{conflicts: make(map[uint64][]*mutation)}
	for payload := range ch {
		m := &mutation{sm: payload, dependentMutations: make(map[uint64]*mutation), graph: g}

		g.Lock()
		for _, key := range payload.keys {
			for _, running := range g.conflicts[key] {
				if _, ok := running.dependentMutations[payload.startTs]; !ok {
					atomic.AddInt64(&m.inDeg, 1)
					running.dependentMutations[payload.startTs] = m
				}
			}
			g.conflicts[key] = append(g.conflicts[key], m)
		}
		g.Unlock()

		if atomic.LoadInt64(&m.inDeg) == 0 {
			go e.worker(m) // Noncompliant
		}
	}
}
