// https://github.com/adhocore/gronx/pull/46 ("fix: potential race in mutex map r/w")
// Non-concurrent tasks keep a uint32 "running" flag in a plain map. canRun copied the flag, did the CAS on
// the local copy and then wrote 1 into the map, while doRun goroutines wrote 0 into it: check and write were
// neither atomic nor locked. The fix stores *uint32 in the map and does the CAS and the reset on the pointer.
package tasker

import (
	"context"
	"log"
	"sync"
	"sync/atomic"
)

type TaskFunc func(ctx context.Context) (int, error)

type result struct {
	err  error
	ref  string
	code int
}

type Tasker struct {
	Log   *log.Logger
	wg    sync.WaitGroup
	tasks map[string]TaskFunc
	mutex map[string]uint32
}

func (t *Tasker) Task(ref string, task TaskFunc, concurrent ...bool) *Tasker {
	concurrent = append(concurrent, true)
	t.tasks[ref] = task
	if !concurrent[0] {
		if len(t.mutex) == 0 {
			t.mutex = map[string]uint32{}
		}
		t.mutex[ref] = 0
	}
	return t
}

func (t *Tasker) runTasks(tasks map[string]TaskFunc) {
	ctx := context.Background()
	for ref, task := range tasks {
		if !t.canRun(ref) {
			continue
		}
		t.wg.Add(1)
		rc := make(chan result)
		go t.doRun(ctx, ref, task, rc)
		go t.doOut(rc)
	}
}

func (t *Tasker) canRun(ref string) bool {
	lock, ok := t.mutex[ref]
	if !ok {
		return true
	}
	if atomic.CompareAndSwapUint32(&lock, 0, 1) {
		t.mutex[ref] = 1 // Noncompliant
		return true
	}
	return false
}

func (t *Tasker) doRun(ctx context.Context, ref string, task TaskFunc, rc chan result) {
	defer t.wg.Done()
	code, err := task(ctx)
	if lock, ok := t.mutex[ref]; ok {
		atomic.StoreUint32(&lock, 0)
		t.mutex[ref] = 0
	}
	rc <- result{err, ref, code}
}

func (t *Tasker) doOut(rc chan result) {
	if res := <-rc; res.err != nil {
		t.Log.Printf("[tasker] task %s errored %v", res.ref, res.err)
	}
}
