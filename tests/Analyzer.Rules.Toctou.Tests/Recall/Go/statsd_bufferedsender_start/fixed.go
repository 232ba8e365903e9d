// https://github.com/cactus/go-statsd-client/issues/20
// Fixed version (as in later sender_buffered.go): Start takes the write lock first, then checks
// running, sets it, makes the request channel and starts the run goroutine under that one lock.
package statsd

import (
	"bytes"
	"sync"
	"time"
)

type Transport interface {
	Send(data []byte) (int, error)
	Close() error
}

type BatchingSender struct {
	flushBytes    int
	flushInterval time.Duration
	sender        Transport
	buffer        *bytes.Buffer
	reqs          chan []byte
	shutdown      chan chan error
	running       bool
	runmx         sync.RWMutex
}

// Start Batching Sender
// Begins ticker and read loop
func (s *BatchingSender) Start() {
	// write lock to start running
	s.runmx.Lock()
	defer s.runmx.Unlock()
	if s.running {
		return
	}

	s.running = true
	s.reqs = make(chan []byte, 8)
	go s.loop()
}

func (s *BatchingSender) loop() {
	ticker := time.NewTicker(s.flushInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			if s.buffer.Len() > 0 {
				s.flushBuffer()
			}
		case req := <-s.reqs:
			if s.buffer.Len()+len(req)+1 > s.flushBytes {
				s.flushBuffer()
			}
			s.buffer.Write(req)
			s.buffer.WriteByte('\n')
		case errChan := <-s.shutdown:
			s.flushBuffer()
			errChan <- s.sender.Close()
			return
		}
	}
}

func (s *BatchingSender) flushBuffer() (int, error) {
	n, err := s.sender.Send(s.buffer.Bytes())
	s.buffer.Reset()
	return n, err
}
