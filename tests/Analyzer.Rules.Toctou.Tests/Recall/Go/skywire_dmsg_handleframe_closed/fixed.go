// https://github.com/skycoin/skywire-testnet/pull/450
// Fixed: done is always closed before inCh, and inMx protects inCh: HandleFrame checks the
// closed state and sends while holding the read lock; close() closes inCh under the write lock.
package dmsg

import "sync"

type SafeTransport struct {
	id       uint16
	inCh     chan Frame
	inMx     sync.RWMutex
	done     chan struct{}
	doneOnce sync.Once
	doneFunc func(id uint16)
}

func NewSafeTransport(id uint16, doneFunc func(id uint16)) *SafeTransport {
	return &SafeTransport{id: id, inCh: make(chan Frame), done: make(chan struct{}), doneFunc: doneFunc}
}

func (tp *SafeTransport) Closed() bool {
	select {
	case <-tp.done:
		return true
	default:
		return false
	}
}

func (tp *SafeTransport) shutdown() (closed bool) {
	tp.doneOnce.Do(func() {
		closed = true
		close(tp.done)
		tp.doneFunc(tp.id)

		tp.inMx.Lock()
		close(tp.inCh)
		tp.inMx.Unlock()
	})
	return closed
}

func (tp *SafeTransport) Deliver(f Frame) error {
	tp.inMx.RLock()
	defer tp.inMx.RUnlock()

	for {
		if tp.Closed() {
			return errClosedPipe
		}
		select {
		case tp.inCh <- f:
			return nil
		default:
		}
	}
}

func (tp *SafeTransport) Loop() {
	defer tp.shutdown()
	for {
		select {
		case <-tp.done:
			return
		case f, ok := <-tp.inCh:
			if !ok || len(f) == 0 {
				return
			}
		}
	}
}

func runFixed(tp *SafeTransport, frames []Frame) {
	go tp.Loop()
	for _, f := range frames {
		_ = tp.Deliver(f)
	}
}
