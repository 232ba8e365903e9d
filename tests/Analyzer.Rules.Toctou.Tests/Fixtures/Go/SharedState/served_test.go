package sharedstate

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A handler literal in a test serves the test's fake server: loadConfig, of the package's own code, does not become a
// request handler because the fake calls it.
func TestConfigServer(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(loadConfig()[r.URL.Path]))
	}))
	defer server.Close()
}
