// https://github.com/cloudevents/sdk-go/pull/284
// Fixed: the nil check is repeated after taking crMu, so only the first
// goroutine to get the lock creates the client.
package http

import (
	"context"
	"net/http"
	"sync"
)

type SafeTransport struct {
	Client *http.Client
	Req    *http.Request

	crMu sync.Mutex
}

func (t *SafeTransport) Deliver(ctx context.Context, body []byte) error {
	return t.deliver(ctx, body)
}

func (t *SafeTransport) deliver(ctx context.Context, body []byte) error {
	if t.Client == nil {
		t.crMu.Lock()
		if t.Client == nil {
			t.Client = &http.Client{}
		}
		t.crMu.Unlock()
	}

	req := http.Request{Header: http.Header{}}
	if t.Req != nil {
		req.Method = t.Req.Method
		req.URL = t.Req.URL
	}
	resp, err := t.Client.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
