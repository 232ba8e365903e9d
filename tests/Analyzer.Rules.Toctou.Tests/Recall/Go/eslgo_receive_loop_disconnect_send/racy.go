// https://github.com/percipia/eslgo/pull/47 (issue https://github.com/percipia/eslgo/issues/46)
// When FreeSWITCH dropped the TCP connection, receiveLoop got EOF and pushed a disconnect notice
// into the TypeDisconnect response channel. It fetched that channel from c.responseChannels
// without holding responseChanMutex; a concurrent ExitAndClose -> close() took the write lock,
// closed every response channel and deleted them from the map. The loop then sent on the
// already-closed channel and the process panicked ("send on closed channel"). The fix takes the
// read lock, checks the channel is still in the map and sends while still holding the lock.
package eslgo

import (
	"context"
	"io"
	"sync"
)

const TypeDisconnect = "text/disconnect-notice"

type RawResponse struct {
	Headers map[string]string
	Body    []byte
}

type Conn struct {
	responseChanMutex sync.RWMutex
	responseChannels  map[string]chan *RawResponse
	runningContext    context.Context
	stop              context.CancelFunc
	closeOnce         sync.Once
	read              func() (*RawResponse, error)
}

// receiveLoop runs in its own goroutine for the life of the connection.
func (c *Conn) receiveLoop() {
	for c.runningContext.Err() == nil {
		resp, err := c.read()
		if err == io.EOF {
			disconnectCh := c.responseChannels[TypeDisconnect]
			select {
			case disconnectCh <- &RawResponse{Headers: map[string]string{"Content-Type": TypeDisconnect}}: // Noncompliant
			default:
			}
			return
		}
		if err != nil {
			return
		}
		c.responseChanMutex.RLock()
		if ch, ok := c.responseChannels[resp.Headers["Content-Type"]]; ok {
			ch <- resp
		}
		c.responseChanMutex.RUnlock()
	}
}

// close is reached from ExitAndClose, called by user code on any goroutine.
func (c *Conn) close() {
	c.closeOnce.Do(func() {
		c.responseChanMutex.Lock()
		defer c.responseChanMutex.Unlock()
		for key, ch := range c.responseChannels {
			close(ch)
			delete(c.responseChannels, key)
		}
		c.stop()
	})
}

func (c *Conn) ExitAndClose() { c.close() }
