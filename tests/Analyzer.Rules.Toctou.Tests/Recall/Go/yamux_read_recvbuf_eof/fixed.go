// https://github.com/hashicorp/yamux/pull/34 (also reported in https://github.com/hashicorp/yamux/pull/33)
package yamux

import (
	"bytes"
	"io"
	"sync"
)

type lockedStream struct {
	state     streamState
	stateLock sync.Mutex

	recvBuf  bytes.Buffer
	recvLock sync.Mutex
}

func (s *lockedStream) ReadLocked(b []byte) (int, error) {
	s.stateLock.Lock()
	switch s.state {
	case streamRemoteClose, streamClosed:
		s.recvLock.Lock()
		if s.recvBuf.Len() == 0 {
			s.recvLock.Unlock()
			s.stateLock.Unlock()
			return 0, io.EOF
		}
		s.recvLock.Unlock()
	case streamReset:
		s.stateLock.Unlock()
		return 0, errConnectionReset
	}
	s.stateLock.Unlock()

	s.recvLock.Lock()
	defer s.recvLock.Unlock()
	return s.recvBuf.Read(b)
}

func (s *lockedStream) receiveData(conn io.Reader, fin bool) error {
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

func runLockedSession(s *lockedStream, frames []io.Reader) {
	go func() {
		for i, f := range frames {
			_ = s.receiveData(f, i == len(frames)-1)
		}
	}()
	buf := make([]byte, 64)
	for {
		if _, err := s.ReadLocked(buf); err != nil {
			return
		}
	}
}
