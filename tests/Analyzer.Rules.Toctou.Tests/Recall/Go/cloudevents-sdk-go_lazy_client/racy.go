// https://github.com/cloudevents/sdk-go/pull/284
// Transport.Send runs on many goroutines. obsSend checked t.Client == nil outside crMu, then
// locked and created an http.Client; two senders could both see nil and the second replaced the
// first one's client (leaking connections). Fix: re-check t.Client after taking crMu
// (double-checked locking).
package http

import (
	"context"
	"net/http"
	"sync"
)

type Transport struct {
	Client *http.Client
	Req    *http.Request

	crMu  sync.Mutex
	codec *Codec
}

type Codec struct{ Encoding int }

func (t *Transport) loadCodec() bool {
	if t.codec == nil {
		t.crMu.Lock()
		t.codec = &Codec{} // Noncompliant
		t.crMu.Unlock()
	}
	return true
}

func (t *Transport) Send(ctx context.Context, body []byte) error {
	return t.obsSend(ctx, body)
}

func (t *Transport) obsSend(ctx context.Context, body []byte) error {
	if t.Client == nil {
		t.crMu.Lock()
		t.Client = &http.Client{} // Noncompliant
		t.crMu.Unlock()
	}

	req := http.Request{Header: http.Header{}}
	if t.Req != nil {
		req.Method = t.Req.Method
		req.URL = t.Req.URL
	}
	if !t.loadCodec() {
		return nil
	}
	resp, err := t.Client.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
