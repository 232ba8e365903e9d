// https://github.com/SlyMarbo/spdy/issues/56
// The SPDY/3 client stream closed its "finished" channel with a select that first checks
// whether the channel is already closed and, in the default branch, closes it. Frame
// callbacks for DATA/HEADERS frames carrying FIN each ran in their own goroutine and also
// closed the channel, so Close() and a FIN callback (or two FIN callbacks) could both pass
// the check and the second close panicked the process. Upstream made Close go through a
// sync.Once and queued the frame callbacks onto one processing goroutine.
package spdy

import (
	"net/http"
)

type Receiver interface {
	ReceiveHeader(req *http.Request, h http.Header)
	ReceiveData(req *http.Request, data []byte, fin bool)
}

type dataFrame struct {
	Data []byte
	FIN  bool
}

type headersFrame struct {
	Header http.Header
	FIN    bool
}

type clientStreamV3 struct {
	request  *http.Request
	receiver Receiver
	finished chan struct{}
}

// ReceiveFrame is called by the connection's read loop for every frame of this stream.
func (s *clientStreamV3) ReceiveFrame(frame interface{}) {
	switch f := frame.(type) {
	case *dataFrame:
		go func() {
			s.receiver.ReceiveData(s.request, f.Data, f.FIN)
			if f.FIN {
				close(s.finished)
			}
		}()
	case *headersFrame:
		go func() {
			s.receiver.ReceiveHeader(s.request, f.Header)
			if f.FIN {
				close(s.finished)
			}
		}()
	}
}

// Close is called by the user or by the connection when it shuts down.
func (s *clientStreamV3) Close() error {
	select {
	case <-s.finished:
	default:
		close(s.finished) // Noncompliant
	}
	return nil
}
