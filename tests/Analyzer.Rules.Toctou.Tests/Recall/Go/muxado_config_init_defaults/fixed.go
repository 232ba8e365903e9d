// https://github.com/inconshreveable/muxado/issues/18
// Fixed (commit a2856c9): the zero-value checks and default assignments run inside
// c.initOnce.Do, allowing safe concurrent initialization of a shared Config.
package muxado

import (
	"io"
	"net"
	"sync"
)

var sharedDefaults SafeConfig

type SafeConfig struct {
	MaxWindowSize        uint32
	AcceptBacklog        uint32
	NewFramer            func(io.Reader, io.Writer) Framer
	writeFrameQueueDepth int

	// allow safe concurrent initialization
	initOnce sync.Once
}

func (c *SafeConfig) initDefaultsOnce() {
	c.initOnce.Do(func() {
		if c.MaxWindowSize == 0 {
			c.MaxWindowSize = 0x40000 // 256KB
		}
		if c.AcceptBacklog == 0 {
			c.AcceptBacklog = 128
		}
		if c.NewFramer == nil {
			c.NewFramer = newFramer
		}
		if c.writeFrameQueueDepth == 0 {
			c.writeFrameQueueDepth = 64
		}
	})
}

type safeSession struct {
	conn   net.Conn
	config *SafeConfig
}

func SafeServer(conn net.Conn, config *SafeConfig) *safeSession {
	if config == nil {
		config = &sharedDefaults
	}
	config.initDefaultsOnce()
	return &safeSession{conn: conn, config: config}
}

func serveSafe(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go SafeServer(c, nil)
	}
}
