// https://github.com/percipia/eslgo/pull/47 (issue https://github.com/percipia/eslgo/issues/46)
// Fixed version: on EOF the disconnect channel is looked up and sent to while holding the read
// lock, and only if it is still registered, so close() cannot close it in between.
package eslgo

import (
	"context"
	"io"
	"sync"
)

type EventSocket struct {
	chanMu         sync.RWMutex
	channels       map[string]chan *RawResponse
	runningContext context.Context
	stop           context.CancelFunc
	closeOnce      sync.Once
	read           func() (*RawResponse, error)
}

func (c *EventSocket) readLoop() {
	for c.runningContext.Err() == nil {
		resp, err := c.read()
		if err == io.EOF {
			c.chanMu.RLock()
			if disconnectCh, ok := c.channels[TypeDisconnect]; ok {
				select {
				case disconnectCh <- &RawResponse{Headers: map[string]string{"Content-Type": TypeDisconnect}}:
				default:
				}
			}
			c.chanMu.RUnlock()
			return
		}
		if err != nil {
			return
		}
		c.chanMu.RLock()
		if ch, ok := c.channels[resp.Headers["Content-Type"]]; ok {
			ch <- resp
		}
		c.chanMu.RUnlock()
	}
}

func (c *EventSocket) shutdown() {
	c.closeOnce.Do(func() {
		c.chanMu.Lock()
		defer c.chanMu.Unlock()
		for key, ch := range c.channels {
			close(ch)
			delete(c.channels, key)
		}
		c.stop()
	})
}

func (c *EventSocket) Close() { c.shutdown() }
