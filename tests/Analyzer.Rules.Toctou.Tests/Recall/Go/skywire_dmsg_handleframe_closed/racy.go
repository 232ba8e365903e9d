// https://github.com/skycoin/skywire-testnet/pull/450
// dmsg.Transport.HandleFrame checked IsClosed() (the done channel) and then sent the frame on
// inCh, while close() (run from another goroutine) could close inCh in between, giving a rare
// "panic: send on closed channel". Fix: an RWMutex (inMx) guards inCh; HandleFrame holds the read
// lock across the closed check and the send, and close() closes inCh under the write lock.
package dmsg

import (
	"errors"
	"sync"
)

var errClosedPipe = errors.New("io: read/write on closed pipe")

type Frame []byte

type Transport struct {
	id       uint16
	inCh     chan Frame
	done     chan struct{}
	doneOnce sync.Once
	doneFunc func(id uint16)
}

func NewTransport(id uint16, doneFunc func(id uint16)) *Transport {
	return &Transport{id: id, inCh: make(chan Frame), done: make(chan struct{}), doneFunc: doneFunc}
}

func (tp *Transport) IsClosed() bool {
	select {
	case <-tp.done:
		return true
	default:
		return false
	}
}

func (tp *Transport) close() (closed bool) {
	tp.doneOnce.Do(func() {
		closed = true
		close(tp.done)
		tp.doneFunc(tp.id)
		close(tp.inCh)
	})
	return closed
}

// HandleFrame is called by the ClientConn read loop goroutine.
func (tp *Transport) HandleFrame(f Frame) error {
	if tp.IsClosed() {
		return errClosedPipe
	}
	tp.inCh <- f // Noncompliant
	return nil
}

// Serve runs in its own goroutine and may close the transport at any time.
func (tp *Transport) Serve() {
	defer tp.close()
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

func runRacy(tp *Transport, frames []Frame) {
	go tp.Serve()
	for _, f := range frames {
		_ = tp.HandleFrame(f)
	}
}
