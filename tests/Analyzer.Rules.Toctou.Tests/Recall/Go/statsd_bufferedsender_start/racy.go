// https://github.com/cactus/go-statsd-client/issues/20
// BufferedSender.Start read s.running under the read lock, released it, then took the write lock
// and set running, made the request channel and started the run goroutine without checking again.
// Two concurrent Start calls could both see running == false and start two run loops (the second
// replacing s.reqs). The maintainer confirmed the gap; later versions check and set running under
// one write lock.
package statsd

import (
	"bytes"
	"sync"
	"time"
)

type Sender interface {
	Send(data []byte) (int, error)
	Close() error
}

type BufferedSender struct {
	flushBytes    int
	flushInterval time.Duration
	sender        Sender
	buffer        *bytes.Buffer
	reqs          chan []byte
	shutdown      chan chan error
	running       bool
	mx            sync.RWMutex
}

// Start Buffered Sender
// Begins ticker and read loop
func (s *BufferedSender) Start() {
	// read lock to see if we are running
	s.mx.RLock()
	if s.running {
		s.mx.RUnlock()
		return
	}
	s.mx.RUnlock()

	// write lock to start running
	s.mx.Lock()
	defer s.mx.Unlock()
	s.running = true // Noncompliant
	s.reqs = make(chan []byte, 8)
	go s.run()
}

func (s *BufferedSender) run() {
	ticker := time.NewTicker(s.flushInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			if s.buffer.Len() > 0 {
				s.flush()
			}
		case req := <-s.reqs:
			if s.buffer.Len()+len(req)+1 > s.flushBytes {
				s.flush()
			}
			s.buffer.Write(req)
			s.buffer.WriteByte('\n')
		case errChan := <-s.shutdown:
			s.flush()
			errChan <- s.sender.Close()
			return
		}
	}
}

func (s *BufferedSender) flush() (int, error) {
	n, err := s.sender.Send(s.buffer.Bytes())
	s.buffer.Reset()
	return n, err
}
