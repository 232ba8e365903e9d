// https://github.com/SlyMarbo/spdy/issues/56
// Fixed shape: every path that ends the stream closes "finished" through one sync.Once, so
// the check and the close can no longer be split by another goroutine.
package spdy

import (
	"net/http"
	"sync"
)

type clientStreamFixed struct {
	request    *http.Request
	receiver   Receiver
	finished   chan struct{}
	finishOnce sync.Once
}

func (s *clientStreamFixed) finish() {
	s.finishOnce.Do(func() { close(s.finished) })
}

func (s *clientStreamFixed) ReceiveFrame(frame interface{}) {
	switch f := frame.(type) {
	case *dataFrame:
		go func() {
			s.receiver.ReceiveData(s.request, f.Data, f.FIN)
			if f.FIN {
				s.finish()
			}
		}()
	case *headersFrame:
		go func() {
			s.receiver.ReceiveHeader(s.request, f.Header)
			if f.FIN {
				s.finish()
			}
		}()
	}
}

func (s *clientStreamFixed) Close() error {
	s.finish()
	return nil
}
