// https://github.com/vegaprotocol/vega/pull/2091
// The faucet RateLimit.NewRequest (called from concurrent HTTP handlers) took only the read lock
// of an RWMutex, checked whether the pubkey/asset was greylisted and then wrote the greylist map.
// Two requests could both pass the check (both get funds) and write the map concurrently.
// Fix (closes #2090): use a full Lock so check and write are one critical section.
package faucet

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

type Config struct {
	CoolDown time.Duration
}

type RateLimit struct {
	cfg      Config
	requests map[string]map[string]time.Time
	mu       sync.RWMutex
}

func NewRateLimit(ctx context.Context, cfg Config) *RateLimit {
	r := &RateLimit{cfg: cfg, requests: map[string]map[string]time.Time{}}
	go r.startCleanup(ctx)
	return r
}

func (r *RateLimit) NewRequest(pubkey, asset string) error {
	r.mu.RLock()
	defer r.mu.RUnlock()

	assets, ok := r.requests[pubkey]
	if !ok {
		assets = map[string]time.Time{}
		r.requests[pubkey] = assets // Noncompliant
	}
	if until, ok := assets[asset]; ok {
		assets[asset] = until.Add(r.cfg.CoolDown) // Noncompliant
		return fmt.Errorf("you are greylisted until %v", assets[asset])
	}
	assets[asset] = time.Now().Add(r.cfg.CoolDown)
	return nil
}

func (r *RateLimit) startCleanup(ctx context.Context) {
	ticker := time.NewTicker(time.Minute)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			now := time.Now()
			r.mu.Lock()
			for pubkey, assets := range r.requests {
				for asset, t := range assets {
					if t.Before(now) {
						delete(assets, asset)
					}
				}
				if len(assets) == 0 {
					delete(r.requests, pubkey)
				}
			}
			r.mu.Unlock()
		}
	}
}

func mintHandler(rl *RateLimit, mint func(pubkey, asset string)) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		pubkey, asset := req.FormValue("party"), req.FormValue("asset")
		if err := rl.NewRequest(pubkey, asset); err != nil {
			http.Error(w, err.Error(), http.StatusTooManyRequests)
			return
		}
		mint(pubkey, asset)
	}
}
