// https://github.com/coder/coder/pull/3086
// Fixed version: the OnBufferedAmountLow callback grabs closeMutex before checking whether the
// channel is closed, so closeWithError cannot close sendMore between the check and the send.
package peer

import (
	"errors"
	"io"
	"sync"
)

var ErrChannelClosed = errors.New("closed")

type rtcDataChannel struct {
	onBufferedAmountLow func()
	onClose             func()
	rwc                 io.ReadWriteCloser
	buffered            uint64
}

func (d *rtcDataChannel) SetOnBufferedAmountLow(f func()) { d.onBufferedAmountLow = f }
func (d *rtcDataChannel) SetOnClose(f func())             { d.onClose = f }
func (d *rtcDataChannel) Buffered() uint64                { return d.buffered }
func (d *rtcDataChannel) drained()                        { go d.onBufferedAmountLow() }

const maxBuffered uint64 = 1024 * 1024

type LockedChannel struct {
	dc *rtcDataChannel

	closed     chan struct{}
	closeMutex sync.Mutex
	closeError error

	sendMore   chan struct{}
	writeMutex sync.Mutex
}

func newLockedChannel(dc *rtcDataChannel) *LockedChannel {
	c := &LockedChannel{
		dc:       dc,
		closed:   make(chan struct{}),
		sendMore: make(chan struct{}, 1),
	}
	c.setup()
	return c
}

func (c *LockedChannel) setup() {
	c.dc.SetOnBufferedAmountLow(func() {
		// Grab the lock to protect the sendMore channel from being
		// closed in between the isClosed check and the send.
		c.closeMutex.Lock()
		defer c.closeMutex.Unlock()
		if c.closedNow() {
			return
		}
		select {
		case <-c.closed:
		case c.sendMore <- struct{}{}:
		default:
		}
	})
	c.dc.SetOnClose(func() {
		_ = c.shutdown(ErrChannelClosed)
	})
}

func (c *LockedChannel) WriteBytes(bytes []byte) (int, error) {
	c.writeMutex.Lock()
	defer c.writeMutex.Unlock()
	if c.closedNow() {
		return 0, c.closeError
	}
	if c.dc.Buffered()+uint64(len(bytes)) >= maxBuffered {
		<-c.sendMore
	}
	return c.dc.rwc.Write(bytes)
}

func (c *LockedChannel) CloseChannel() error {
	return c.shutdown(nil)
}

func (c *LockedChannel) shutdown(err error) error {
	c.closeMutex.Lock()
	defer c.closeMutex.Unlock()

	if c.closedNow() {
		return c.closeError
	}
	if err == nil {
		c.closeError = ErrChannelClosed
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

func (c *LockedChannel) closedNow() bool {
	select {
	case <-c.closed:
		return true
	default:
		return false
	}
}
