// https://github.com/hashicorp/nomad/pull/3051
// Issue #3044 ("panic: no future"): CreateEval creates the shared future under the lock if nil,
// unlocks, then queues the eval and returns b.f; meanwhile the batcher's timer can take the
// future and reset b.f, so the eval joins a batch with no future and callers get nil/another
// batch's future. The fix lets the batcher goroutine own the future and reply per request.
package deploymentwatcher

import (
	"context"
	"sync"
	"time"
)

type Evaluation struct {
	ID           string
	DeploymentID string
}

type raftEndpoints interface {
	UpsertEvals([]*Evaluation) (uint64, error)
}

type EvalFuture struct {
	index  uint64
	err    error
	waitCh chan struct{}
}

func NewEvalFuture() *EvalFuture { return &EvalFuture{waitCh: make(chan struct{})} }

func (f *EvalFuture) Set(index uint64, err error) {
	f.index, f.err = index, err
	close(f.waitCh)
}

func (f *EvalFuture) Results() (uint64, error) {
	<-f.waitCh
	return f.index, f.err
}

// EvalBatcher is shared by every deployment watcher goroutine.
type EvalBatcher struct {
	batch time.Duration
	raft  raftEndpoints
	f     *EvalFuture
	inCh  chan *Evaluation
	ctx   context.Context
	l     sync.Mutex
}

func NewEvalBatcher(d time.Duration, raft raftEndpoints, ctx context.Context) *EvalBatcher {
	b := &EvalBatcher{batch: d, raft: raft, ctx: ctx, inCh: make(chan *Evaluation, 10)}
	go b.batcher()
	return b
}

// CreateEval is called by every deployment watcher goroutine.
func (b *EvalBatcher) CreateEval(e *Evaluation) *EvalFuture {
	b.l.Lock()
	if b.f == nil {
		b.f = NewEvalFuture()
	}
	b.l.Unlock()

	b.inCh <- e
	return b.f // Noncompliant
}

func (b *EvalBatcher) batcher() {
	var timerCh <-chan time.Time
	evals := make(map[string]*Evaluation)
	for {
		select {
		case <-b.ctx.Done():
			return
		case e := <-b.inCh:
			if timerCh == nil {
				timerCh = time.After(b.batch)
			}
			evals[e.DeploymentID] = e
		case <-timerCh:
			b.l.Lock()
			f := b.f
			b.f = nil
			b.l.Unlock()
			if f == nil {
				panic("no future")
			}
			all := make([]*Evaluation, 0, len(evals))
			for _, e := range evals {
				all = append(all, e)
			}
			go f.Set(b.raft.UpsertEvals(all))
			evals = make(map[string]*Evaluation)
			timerCh = nil
		}
	}
}
