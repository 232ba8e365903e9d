// https://github.com/coder/coder/pull/3086
// pion invokes the OnBufferedAmountLow callback on its own goroutine while closeWithError can run
// on another (OnClose, RTC failure, user Close). The callback checked isClosed() and then sent on
// sendMore without holding closeMutex, so closeWithError could close sendMore in between and the
// send panicked with "send on closed channel". Fix: hold closeMutex across the check and the send.
package peer

import (
	"errors"
	"io"
	"sync"
)

var ErrClosed = errors.New("closed")

// dataChannel is a stub for *webrtc.DataChannel.
type dataChannel struct {
	onBufferedAmountLow func()
	onClose             func()
	rwc                 io.ReadWriteCloser
	buffered            uint64
}

func (d *dataChannel) OnBufferedAmountLow(f func()) { d.onBufferedAmountLow = f }
func (d *dataChannel) OnClose(f func())             { d.onClose = f }
func (d *dataChannel) BufferedAmount() uint64       { return d.buffered }

// flushed is called by the SCTP goroutine whenever the send buffer drains.
func (d *dataChannel) flushed() { go d.onBufferedAmountLow() }

const maxBufferedAmount uint64 = 1024 * 1024

type Channel struct {
	dc *dataChannel

	closed     chan struct{}
	closeMutex sync.Mutex
	closeError error

	// sendMore is used to block Write operations on a full buffer.
	sendMore   chan struct{}
	writeMutex sync.Mutex
}

func newChannel(dc *dataChannel) *Channel {
	c := &Channel{
		dc:       dc,
		closed:   make(chan struct{}),
		sendMore: make(chan struct{}, 1),
	}
	c.init()
	return c
}

func (c *Channel) init() {
	c.dc.OnBufferedAmountLow(func() {
		if c.isClosed() {
			return
		}
		select {
		case <-c.closed:
			return
		case c.sendMore <- struct{}{}: // Noncompliant
		default:
		}
	})
	c.dc.OnClose(func() {
		_ = c.closeWithError(ErrClosed)
	})
}

func (c *Channel) Write(bytes []byte) (int, error) {
	c.writeMutex.Lock()
	defer c.writeMutex.Unlock()
	if c.isClosed() {
		return 0, c.closeError
	}
	if c.dc.BufferedAmount()+uint64(len(bytes)) >= maxBufferedAmount {
		<-c.sendMore
	}
	return c.dc.rwc.Write(bytes)
}

func (c *Channel) Close() error {
	return c.closeWithError(nil)
}

func (c *Channel) closeWithError(err error) error {
	c.closeMutex.Lock()
	defer c.closeMutex.Unlock()

	if c.isClosed() {
		return c.closeError
	}
	if err == nil {
		c.closeError = ErrClosed
	} else {
		c.closeError = err
	}
	if c.dc.rwc != nil {
		_ = c.dc.rwc.Close()
	}
	close(c.closed)
	close(c.sendMore)
	return err
}

func (c *Channel) isClosed() bool {
	select {
	case <-c.closed:
		return true
	default:
		return false
	}
}
