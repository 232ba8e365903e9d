// https://github.com/hashicorp/nomad/pull/3051
// Fixed version: callers no longer touch a shared future field. Each request carries a reply
// channel and the single batcher goroutine, which owns the current future, attaches it to the
// eval and rotates it when the batch is flushed, so check and act happen in one goroutine.
package deploymentwatcher

import (
	"context"
	"time"
)

type evalRequest struct {
	e *Evaluation
	f chan *EvalFuture
}

type OwnedEvalBatcher struct {
	batch  time.Duration
	raft   raftEndpoints
	workCh chan *evalRequest
	ctx    context.Context
}

func NewOwnedEvalBatcher(d time.Duration, raft raftEndpoints, ctx context.Context) *OwnedEvalBatcher {
	b := &OwnedEvalBatcher{batch: d, raft: raft, ctx: ctx, workCh: make(chan *evalRequest, 10)}
	go b.loop()
	return b
}

func (b *OwnedEvalBatcher) SubmitEval(e *Evaluation) *EvalFuture {
	req := &evalRequest{e: e, f: make(chan *EvalFuture, 1)}
	b.workCh <- req
	return <-req.f
}

func (b *OwnedEvalBatcher) loop() {
	var timerCh <-chan time.Time
	evals := make(map[string]*Evaluation)
	future := NewEvalFuture()
	for {
		select {
		case <-b.ctx.Done():
			return
		case w := <-b.workCh:
			if timerCh == nil {
				timerCh = time.After(b.batch)
			}
			evals[w.e.DeploymentID] = w.e
			w.f <- future
		case <-timerCh:
			f := future
			future = NewEvalFuture()
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
