// https://github.com/knative/eventing-contrib/pull/240 (fixes knative/eventing-contrib#227 and #206)
// Fixed version: the CloudEvents client is created once, inside initClientOnce.Do, so concurrent
// webhook deliveries share one client and do not race on the field.
package github

import (
	"errors"
	"net/http"
	"sync"
)

type eventClient struct{ target string }

func newEventHTTPClient(target string) (*eventClient, error) {
	if target == "" {
		return nil, errors.New("empty sink")
	}
	return &eventClient{target: target}, nil
}

func (c *eventClient) Deliver(payload string) error { return nil }

type ReceiveAdapter struct {
	SinkURI        string
	client         *eventClient
	clientErr      error
	initClientOnce sync.Once
}

func (ra *ReceiveAdapter) processEvent(payload string, hdr http.Header) error {
	ra.initClientOnce.Do(func() {
		ra.client, ra.clientErr = newEventHTTPClient(ra.SinkURI)
	})
	if ra.clientErr != nil {
		return ra.clientErr
	}
	return ra.client.Deliver(hdr.Get("X-GitHub-Event") + ":" + payload)
}

// ServeHTTP is the webhook endpoint; net/http calls it from one goroutine per request.
func (ra *ReceiveAdapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := ra.processEvent(r.URL.Query().Get("payload"), r.Header); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
