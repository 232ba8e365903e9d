// https://github.com/git-pkgs/proxy/pull/329
// Fixed: misses go through an in-flight map guarded by a mutex; the first
// caller for a key fetches and stores, later callers wait for its result.
package proxy

import (
	"context"
	"net/http"
	"sync"
)

type inflightFetch struct {
	done chan struct{}
	data []byte
	err  error
}

type CoalescingProxy struct {
	storage  Bucket
	upstream func(ctx context.Context, url string) ([]byte, error)

	mu       sync.Mutex
	inflight map[string]*inflightFetch
}

func (p *CoalescingProxy) fetchAndStore(ctx context.Context, key, url string) ([]byte, error) {
	p.mu.Lock()
	if call, ok := p.inflight[key]; ok {
		p.mu.Unlock()
		<-call.done
		return call.data, call.err
	}
	call := &inflightFetch{done: make(chan struct{})}
	p.inflight[key] = call
	p.mu.Unlock()

	call.data, call.err = p.upstream(ctx, url)
	if call.err == nil {
		call.err = p.storage.WriteAll(ctx, key, call.data)
	}

	p.mu.Lock()
	delete(p.inflight, key)
	p.mu.Unlock()
	close(call.done)
	return call.data, call.err
}

func (p *CoalescingProxy) HandleArtifact(w http.ResponseWriter, r *http.Request, key, url string) {
	ctx := r.Context()
	if ok, err := p.storage.Exists(ctx, key); err == nil && ok {
		if data, err := p.storage.ReadAll(ctx, key); err == nil {
			w.Write(data)
			return
		}
	}
	data, err := p.fetchAndStore(ctx, key, url)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Write(data)
}
