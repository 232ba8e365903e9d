// https://github.com/hashicorp/yamux/pull/34 (also reported in https://github.com/hashicorp/yamux/pull/33)
// Stream.Read decided to return io.EOF for a remotely closed stream after checking
// recvBuf.Len()==0 while holding only stateLock, but recvBuf is filled by readData under
// recvLock; data arriving in between is seen inconsistently. The fix takes recvLock around the check.
package yamux

import (
	"bytes"
	"errors"
	"io"
	"sync"
)

type streamState int

const (
	streamEstablished streamState = iota
	streamRemoteClose
	streamClosed
	streamReset
)

var errConnectionReset = errors.New("connection reset")

type Stream struct {
	state     streamState
	stateLock sync.Mutex

	recvBuf  bytes.Buffer
	recvLock sync.Mutex
}

// Read is called by the user goroutine.
func (s *Stream) Read(b []byte) (int, error) {
	s.stateLock.Lock()
	switch s.state {
	case streamRemoteClose, streamClosed:
		if s.recvBuf.Len() == 0 {
			s.stateLock.Unlock()
			return 0, io.EOF // Noncompliant
		}
	case streamReset:
		s.stateLock.Unlock()
		return 0, errConnectionReset
	}
	s.stateLock.Unlock()

	s.recvLock.Lock()
	defer s.recvLock.Unlock()
	return s.recvBuf.Read(b)
}

// readData is called from the session's recvLoop goroutine.
func (s *Stream) readData(conn io.Reader, fin bool) error {
	s.recvLock.Lock()
	_, err := io.Copy(&s.recvBuf, conn)
	s.recvLock.Unlock()
	if fin {
		s.stateLock.Lock()
		s.state = streamRemoteClose
		s.stateLock.Unlock()
	}
	return err
}

func runSession(s *Stream, frames []io.Reader) {
	go func() {
		for i, f := range frames {
			_ = s.readData(f, i == len(frames)-1)
		}
	}()
	buf := make([]byte, 64)
	for {
		if _, err := s.Read(buf); err != nil {
			return
		}
	}
}
