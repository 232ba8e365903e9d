// https://github.com/gotd/td/pull/1776
// Fixed shape: closed is a bool guarded by mux. Do checks it and calls wg.Add(1) while holding mux, and
// Close sets it under mux before waiting, so no Add can start once Close has begun to Wait.
package rpc

import (
	"context"
	"errors"
	"sync"
)

var ErrDispatcherClosed = errors.New("dispatcher was closed")

// Transport writes one request to the connection (stand-in for the MTProto send function).
type Transport func(ctx context.Context, msgID int64, payload []byte) error

type Dispatcher struct {
	send Transport

	mux sync.Mutex
	rpc map[int64]func(result []byte)

	wg     sync.WaitGroup
	closed bool // guarded by mux
}

func NewDispatcher(send Transport) *Dispatcher {
	return &Dispatcher{send: send, rpc: map[int64]func([]byte){}}
}

// Do is called from many goroutines; it blocks until NotifyResult delivers the answer.
func (d *Dispatcher) Do(ctx context.Context, msgID int64, payload []byte) ([]byte, error) {
	d.mux.Lock()
	if d.closed {
		d.mux.Unlock()
		return nil, ErrDispatcherClosed
	}
	d.wg.Add(1)
	d.mux.Unlock()
	defer d.wg.Done()

	done := make(chan struct{})
	var out []byte
	d.mux.Lock()
	d.rpc[msgID] = func(result []byte) { out = result; close(done) }
	d.mux.Unlock()
	defer func() { d.mux.Lock(); delete(d.rpc, msgID); d.mux.Unlock() }()

	if err := d.send(ctx, msgID, payload); err != nil {
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
func (d *Dispatcher) NotifyResult(msgID int64, result []byte) {
	d.mux.Lock()
	fn, ok := d.rpc[msgID]
	d.mux.Unlock()
	if ok {
		fn(result)
	}
}

// Close waits for pending requests; later Do calls return ErrDispatcherClosed.
func (d *Dispatcher) Close() {
	d.mux.Lock()
	d.closed = true
	d.mux.Unlock()
	d.wg.Wait()
}
