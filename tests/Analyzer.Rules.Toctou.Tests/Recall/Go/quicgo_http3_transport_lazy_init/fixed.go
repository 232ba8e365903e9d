// https://github.com/quic-go/quic-go/pull/5323
// Fixed: the shared transport is created in the init function guarded by sync.Once,
// so dial() only reads it.
package http3

import (
	"context"
	"net"
	"net/http"
	"sync"
)

type RoundTripperH3 struct {
	setupOnce sync.Once
	setupErr  error

	mu      sync.Mutex
	conns   map[string]interface{}
	udpTran *quicTransport
}

func (r *RoundTripperH3) setup() error {
	r.conns = make(map[string]interface{})
	udpConn, err := net.ListenUDP("udp", nil)
	if err != nil {
		return err
	}
	r.udpTran = &quicTransport{Conn: udpConn}
	return nil
}

func (r *RoundTripperH3) dialHost(ctx context.Context, hostname string) (interface{}, error) {
	return r.udpTran.DialEarly(ctx, hostname)
}

func (r *RoundTripperH3) RoundTrip(req *http.Request) (*http.Response, error) {
	r.setupOnce.Do(func() { r.setupErr = r.setup() })
	if r.setupErr != nil {
		return nil, r.setupErr
	}
	if _, err := r.dialHost(req.Context(), req.URL.Host); err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: http.StatusOK}, nil
}
