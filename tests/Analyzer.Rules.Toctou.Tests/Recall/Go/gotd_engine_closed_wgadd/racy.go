// https://github.com/gotd/td/pull/1776
// Do loaded the atomic closed flag and then called wg.Add(1) as a separate step, while Close stored the
// flag and called wg.Wait(), so an Add could land after Close's Wait had started on a zero counter. The fix
// makes closed a mutex-guarded bool and does the check and wg.Add(1) under the mutex Close also takes.
package rpc

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

var ErrEngineClosed = errors.New("engine was closed")

// Send writes one request to the connection (stand-in for the MTProto send function).
type Send func(ctx context.Context, msgID int64, payload []byte) error

type Engine struct {
	send Send

	mux sync.Mutex
	rpc map[int64]func(result []byte)

	wg     sync.WaitGroup
	closed uint32
}

func New(send Send) *Engine {
	return &Engine{send: send, rpc: map[int64]func([]byte){}}
}

func (e *Engine) isClosed() bool {
	return atomic.LoadUint32(&e.closed) == 1
}

// Do is called from many goroutines; it blocks until NotifyResult delivers the answer.
func (e *Engine) Do(ctx context.Context, msgID int64, payload []byte) ([]byte, error) {
	if e.isClosed() {
		return nil, ErrEngineClosed
	}
	e.wg.Add(1) // Noncompliant
	defer e.wg.Done()

	done := make(chan struct{})
	var out []byte
	e.mux.Lock()
	e.rpc[msgID] = func(result []byte) { out = result; close(done) }
	e.mux.Unlock()
	defer func() { e.mux.Lock(); delete(e.rpc, msgID); e.mux.Unlock() }()

	if err := e.send(ctx, msgID, payload); err != nil {
		return nil, err
	}
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-done:
		return out, nil
	}
}

// NotifyResult is called by the connection's read loop.
func (e *Engine) NotifyResult(msgID int64, result []byte) {
	e.mux.Lock()
	fn, ok := e.rpc[msgID]
	e.mux.Unlock()
	if ok {
		fn(result)
	}
}

// Close waits for pending requests; later Do calls return ErrEngineClosed.
func (e *Engine) Close() {
	atomic.StoreUint32(&e.closed, 1)
	e.wg.Wait()
}
