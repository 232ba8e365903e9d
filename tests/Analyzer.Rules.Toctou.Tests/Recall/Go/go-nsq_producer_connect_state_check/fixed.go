// https://github.com/nsqio/go-nsq/pull/133
// Fixed version: the connect step (here ensureConnected) re-reads the state while holding the guard and returns nil if another
// goroutine already connected; the state becomes connected only after the dial succeeds.
package nsq

import (
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

const (
	connInit int32 = iota
	connDisconnected
	connConnected
)

var (
	errProducerNotConnected = errors.New("not connected")
	errProducerStopped      = errors.New("stopped")
)

type PublishTxn struct {
	cmd      []byte
	doneChan chan *PublishTxn
	Error    error
}

type SafeProducer struct {
	addr     string
	conn     net.Conn
	state    int32
	stopFlag int32
	guard    sync.Mutex
	txnChan  chan *PublishTxn
	exitChan chan int
}

func (w *SafeProducer) ensureConnected() error {
	w.guard.Lock()
	defer w.guard.Unlock()

	if atomic.LoadInt32(&w.stopFlag) == 1 {
		return errProducerStopped
	}
	switch atomic.LoadInt32(&w.state) {
	case connInit:
	case connConnected:
		return nil
	default:
		return errProducerNotConnected
	}
	c, err := net.Dial("tcp", w.addr)
	if err != nil {
		return err
	}
	w.conn = c
	atomic.StoreInt32(&w.state, connConnected)
	return nil
}

func (w *SafeProducer) sendAsync(cmd []byte, doneChan chan *PublishTxn) error {
	if atomic.LoadInt32(&w.state) != connConnected {
		if err := w.ensureConnected(); err != nil {
			return err
		}
	}
	t := &PublishTxn{cmd: cmd, doneChan: doneChan}
	select {
	case w.txnChan <- t:
	case <-w.exitChan:
		return errProducerStopped
	}
	return nil
}

func (w *SafeProducer) PublishBody(body []byte) error {
	doneChan := make(chan *PublishTxn)
	if err := w.sendAsync(body, doneChan); err != nil {
		close(doneChan)
		return err
	}
	t := <-doneChan
	return t.Error
}
