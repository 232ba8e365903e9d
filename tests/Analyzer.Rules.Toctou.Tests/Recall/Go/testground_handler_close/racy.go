// https://github.com/testground/sdk-go/pull/49 (reported earlier in https://github.com/testground/sdk-go/pull/45)
// The client's response worker looked a request's handler channel up under handlersMu, let the lock go and then sent
// the response on it; the goroutine watching the request's context, on cancellation, took handlersMu, closed that
// channel and deleted it. A response arriving in between was sent on a closed channel and the process panicked at
// teardown. The fix holds handlersMu from the lookup through the send.
package sync

import (
	"context"
	"sync"
)

type response struct {
	id   string
	body string
}

type client struct {
	handlersMu sync.Mutex
	handlers   map[string]chan response
	responses  chan response
}

func newClient() *client {
	c := &client{handlers: map[string]chan response{}, responses: make(chan response)}
	go c.responsesWorker()
	return c
}

func (c *client) makeRequest(ctx context.Context, id string) chan response {
	ch := make(chan response, 1)
	c.handlersMu.Lock()
	c.handlers[id] = ch
	c.handlersMu.Unlock()
	go func() {
		<-ctx.Done()
		c.handlersMu.Lock()
		close(c.handlers[id])
		delete(c.handlers, id)
		c.handlersMu.Unlock()
	}()
	return ch
}

func (c *client) responsesWorker() {
	for res := range c.responses {
		c.handlersMu.Lock()
		ch, ok := c.handlers[res.id]
		c.handlersMu.Unlock()
		if !ok {
			continue
		}
		ch <- res // Noncompliant [TOCTOU001]
	}
}
