// https://github.com/knative/eventing-contrib/pull/240 (fixes knative/eventing-contrib#227 and #206)
// The GitHub receive adapter created its CloudEvents client lazily in handleEvent with
// `if ra.client == nil { ra.client, err = client.NewHTTPClient(...) }`; concurrent webhook
// deliveries raced on the nil check and the assignment. The fix creates the client inside a sync.Once.
package github

import (
	"errors"
	"net/http"
)

type ceClient struct{ target string }

func newHTTPClient(target string) (*ceClient, error) {
	if target == "" {
		return nil, errors.New("empty sink")
	}
	return &ceClient{target: target}, nil
}

func (c *ceClient) Send(payload string) error { return nil }

type Adapter struct {
	SinkURI string
	client  *ceClient
}

func (ra *Adapter) handleEvent(payload string, hdr http.Header) error {
	if ra.client == nil {
		var err error
		if ra.client, err = newHTTPClient(ra.SinkURI); err != nil { // Noncompliant
			return err
		}
	}
	return ra.client.Send(hdr.Get("X-GitHub-Event") + ":" + payload)
}

// ServeHTTP is the webhook endpoint; net/http calls it from one goroutine per request.
func (ra *Adapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := ra.handleEvent(r.URL.Query().Get("payload"), r.Header); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
