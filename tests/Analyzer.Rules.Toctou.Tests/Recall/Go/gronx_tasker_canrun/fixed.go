// https://github.com/adhocore/gronx/pull/46 ("fix: potential race in mutex map r/w")
// Fixed shape: the map holds one *uint32 per non-concurrent task, created at registration and never
// written again. canRun does the CompareAndSwap on that shared pointer, and doRun resets it with
// atomic.StoreUint32, so the "is it running?" check and the "mark running" write are one atomic step.
package tasker

import (
	"context"
	"log"
	"sync"
	"sync/atomic"
)

type JobFunc func(ctx context.Context) (int, error)

type outcome struct {
	err  error
	ref  string
	code int
}

type Scheduler struct {
	Log   *log.Logger
	wg    sync.WaitGroup
	jobs  map[string]JobFunc
	mutex map[string]*uint32
}

func (s *Scheduler) Job(ref string, job JobFunc, concurrent ...bool) *Scheduler {
	concurrent = append(concurrent, true)
	s.jobs[ref] = job
	if !concurrent[0] {
		if len(s.mutex) == 0 {
			s.mutex = map[string]*uint32{}
		}
		s.mutex[ref] = new(uint32)
	}
	return s
}

func (s *Scheduler) runJobs(jobs map[string]JobFunc) {
	ctx := context.Background()
	for ref, job := range jobs {
		if !s.mayRun(ref) {
			continue
		}
		s.wg.Add(1)
		rc := make(chan outcome)
		go s.execute(ctx, ref, job, rc)
		go s.report(rc)
	}
}

func (s *Scheduler) mayRun(ref string) bool {
	lock, ok := s.mutex[ref]
	return !ok || atomic.CompareAndSwapUint32(lock, 0, 1)
}

func (s *Scheduler) execute(ctx context.Context, ref string, job JobFunc, rc chan outcome) {
	defer s.wg.Done()
	code, err := job(ctx)
	if lock, ok := s.mutex[ref]; ok {
		atomic.StoreUint32(lock, 0)
	}
	rc <- outcome{err, ref, code}
}

func (s *Scheduler) report(rc chan outcome) {
	if res := <-rc; res.err != nil {
		s.Log.Printf("[tasker] task %s errored %v", res.ref, res.err)
	}
}
