// https://github.com/git-pkgs/proxy/pull/329
// On a cache miss the handler went from checkCache straight to an upstream
// fetch and a store, with nothing tracking in-flight work; N concurrent
// requests for one uncached artifact made N fetches and N stores to the same
// storage key, and the overlapping stores produced partial reads (502s). The
// fix routes misses through an in-flight map under a mutex so one caller
// fetches and stores while the others wait for its result.
package proxy

import (
	"context"
	"net/http"
)

// Bucket mirrors the gocloud.dev/blob calls used by the proxy (fileblob backend).
type Bucket interface {
	Exists(ctx context.Context, key string) (bool, error)
	ReadAll(ctx context.Context, key string) ([]byte, error)
	WriteAll(ctx context.Context, key string, p []byte) error
}

type Proxy struct {
	storage  Bucket
	upstream func(ctx context.Context, url string) ([]byte, error)
}

func (p *Proxy) checkCache(ctx context.Context, key string) ([]byte, bool) {
	ok, err := p.storage.Exists(ctx, key)
	if err != nil || !ok {
		return nil, false
	}
	data, err := p.storage.ReadAll(ctx, key)
	return data, err == nil
}

// ServeArtifact is an HTTP handler; parallel CI jobs hit it concurrently.
func (p *Proxy) ServeArtifact(w http.ResponseWriter, r *http.Request, key, url string) {
	ctx := r.Context()
	if data, ok := p.checkCache(ctx, key); ok {
		w.Write(data)
		return
	}
	data, err := p.upstream(ctx, url)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if err := p.storage.WriteAll(ctx, key, data); err != nil { // Noncompliant
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Write(data)
}
