// https://github.com/topfreegames/pitaya/issues/85 (fix: https://github.com/topfreegames/pitaya/pull/86)
// Fixed version: one mutex held from the status test through the closes, so only the first caller closes the channels.
package agent

import (
	"errors"
	"sync"
	"time"
)

const (
	stateWorking = iota
	stateClosed
)

var errAlreadyClosed = errors.New("session already closed")

type Conn struct {
	closeMu         sync.Mutex
	state           int
	chDie           chan struct{}
	chStopWrite     chan struct{}
	chStopHeartbeat chan struct{}
	chSend          chan []byte
}

func (c *Conn) Serve() {
	go c.writeLoop()
	go c.heartbeatLoop()
}

func (c *Conn) heartbeatLoop() {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			if !c.ok() {
				c.Shutdown()
				return
			}
		case <-c.chStopHeartbeat:
			return
		}
	}
}

func (c *Conn) writeLoop() {
	for {
		select {
		case data := <-c.chSend:
			if err := c.write(data); err != nil {
				c.Shutdown()
				return
			}
		case <-c.chStopWrite:
			return
		}
	}
}

func (c *Conn) ok() bool               { return true }
func (c *Conn) write(data []byte) error { return nil }

func (c *Conn) Shutdown() error {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.state == stateClosed {
		return errAlreadyClosed
	}
	c.state = stateClosed
	close(c.chStopWrite)
	close(c.chStopHeartbeat)
	close(c.chDie)
	return nil
}
