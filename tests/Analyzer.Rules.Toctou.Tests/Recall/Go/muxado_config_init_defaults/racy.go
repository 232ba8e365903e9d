// https://github.com/inconshreveable/muxado/issues/18
// Server/Client fall back to the package-level zeroConfig when config is nil and then call
// initDefaults, which tests each field for its zero value and writes the default into the shared
// struct; two goroutines creating sessions at once both see zero and write concurrently.
// Fix (commit a2856c9): initDefaults runs its check-and-fill body inside a per-Config sync.Once.
package muxado

import (
	"io"
	"net"
)

type Framer interface {
	ReadFrame() ([]byte, error)
}

func newFramer(r io.Reader, w io.Writer) Framer { return nil }

var zeroConfig Config

type Config struct {
	MaxWindowSize        uint32
	AcceptBacklog        uint32
	NewFramer            func(io.Reader, io.Writer) Framer
	writeFrameQueueDepth int
}

func (c *Config) initDefaults() {
	if c.MaxWindowSize == 0 {
		c.MaxWindowSize = 0x40000 // Noncompliant
	}
	if c.AcceptBacklog == 0 {
		c.AcceptBacklog = 128 // Noncompliant
	}
	if c.NewFramer == nil {
		c.NewFramer = newFramer // Noncompliant
	}
	if c.writeFrameQueueDepth == 0 {
		c.writeFrameQueueDepth = 64 // Noncompliant
	}
}

type session struct {
	conn   net.Conn
	config *Config
}

func Server(conn net.Conn, config *Config) *session {
	if config == nil {
		config = &zeroConfig
	}
	config.initDefaults()
	return &session{conn: conn, config: config}
}

// serve accepts connections and builds a session for each in its own goroutine.
func serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go Server(c, nil)
	}
}
