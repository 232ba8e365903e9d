// https://github.com/nsqio/go-nsq/pull/133
// A Producer connects lazily: every publish reads the state with an atomic load and calls
// connect() when it is not StateConnected. connect() took the guard lock and then claimed the
// connection with CompareAndSwap(StateInit -> StateConnected), returning ErrNotConnected when
// the swap failed. When two goroutines published at once on a fresh producer, both saw "not
// connected", the first connected, and the second's stale decision led it into connect() where
// the swap failed, so its publish failed with ErrNotConnected although the producer was
// connected. The fix makes connect() look at the state again under the guard and return nil
// when another goroutine has already connected.
package nsq

import (
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

const (
	StateInit = iota
	StateDisconnected
	StateConnected
)

var (
	ErrNotConnected = errors.New("not connected")
	ErrStopped      = errors.New("stopped")
)

type ProducerTransaction struct {
	cmd      []byte
	doneChan chan *ProducerTransaction
	Error    error
}

type Producer struct {
	addr            string
	conn            net.Conn
	state           int32
	stopFlag        int32
	guard           sync.Mutex
	transactionChan chan *ProducerTransaction
	exitChan        chan int
}

func (w *Producer) connect() error {
	w.guard.Lock()
	defer w.guard.Unlock()

	if atomic.LoadInt32(&w.stopFlag) == 1 {
		return ErrStopped
	}
	if !atomic.CompareAndSwapInt32(&w.state, StateInit, StateConnected) {
		return ErrNotConnected
	}
	c, err := net.Dial("tcp", w.addr)
	if err != nil {
		atomic.StoreInt32(&w.state, StateInit)
		return err
	}
	w.conn = c
	return nil
}

// sendCommandAsync backs Publish, which applications call from many goroutines.
func (w *Producer) sendCommandAsync(cmd []byte, doneChan chan *ProducerTransaction) error {
	if atomic.LoadInt32(&w.state) != StateConnected {
		err := w.connect() // Noncompliant
		if err != nil {
			return err
		}
	}
	t := &ProducerTransaction{cmd: cmd, doneChan: doneChan}
	select {
	case w.transactionChan <- t:
	case <-w.exitChan:
		return ErrStopped
	}
	return nil
}

func (w *Producer) Publish(body []byte) error {
	doneChan := make(chan *ProducerTransaction)
	if err := w.sendCommandAsync(body, doneChan); err != nil {
		close(doneChan)
		return err
	}
	t := <-doneChan
	return t.Error
}
