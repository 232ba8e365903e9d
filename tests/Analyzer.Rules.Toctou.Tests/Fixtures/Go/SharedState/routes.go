package sharedstate

import "net/http"

// Registers a handler literal whose request calls reach served.go's ping.
func serveRoutes() {
	mux := http.NewServeMux()
	mux.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
		if !ping() {
			w.WriteHeader(http.StatusTooManyRequests)
		}
	})
}
