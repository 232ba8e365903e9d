// https://github.com/quic-go/quic-go/pull/5323
// http3.Transport.dial() lazily created the shared UDP-backed quic.Transport with
// "if t.transport == nil { t.transport = ... }". RoundTrip is called from many goroutines,
// so concurrent dials to different hosts all saw nil and each opened its own UDP socket (issue #5307).
// Fix: create t.transport inside init(), which runs once via t.initOnce.Do.
package http3

import (
	"context"
	"net"
	"net/http"
	"sync"
)

type quicTransport struct {
	Conn *net.UDPConn
}

func (q *quicTransport) DialEarly(ctx context.Context, addr string) (interface{}, error) {
	return nil, nil
}

type Transport struct {
	initOnce sync.Once
	initErr  error

	mutex     sync.Mutex
	clients   map[string]interface{}
	transport *quicTransport
}

func (t *Transport) init() error {
	t.clients = make(map[string]interface{})
	return nil
}

func (t *Transport) dial(ctx context.Context, hostname string) (interface{}, error) {
	if t.transport == nil {
		udpConn, err := net.ListenUDP("udp", nil)
		if err != nil {
			return nil, err
		}
		t.transport = &quicTransport{Conn: udpConn} // Noncompliant
	}
	return t.transport.DialEarly(ctx, hostname)
}

func (t *Transport) removeClient(hostname string) {
	t.mutex.Lock()
	defer t.mutex.Unlock()
	delete(t.clients, hostname)
}

// RoundTrip is invoked from many net/http client goroutines.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.initOnce.Do(func() { t.initErr = t.init() })
	if t.initErr != nil {
		return nil, t.initErr
	}
	if _, err := t.dial(req.Context(), req.URL.Host); err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: http.StatusOK}, nil
}
