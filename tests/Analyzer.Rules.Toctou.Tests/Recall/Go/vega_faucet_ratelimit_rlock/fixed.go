// https://github.com/vegaprotocol/vega/pull/2091
// Fixed: NewRequest takes the exclusive lock (sync.Mutex), so the greylist check and the map
// write cannot interleave with another request or with the cleanup goroutine.
package faucet

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

type Greylist struct {
	cfg      Config
	requests map[string]map[string]time.Time
	mu       sync.Mutex
}

func NewGreylist(ctx context.Context, cfg Config) *Greylist {
	g := &Greylist{cfg: cfg, requests: map[string]map[string]time.Time{}}
	go g.cleanup(ctx)
	return g
}

func (g *Greylist) Allow(pubkey, asset string) error {
	g.mu.Lock()
	defer g.mu.Unlock()

	assets, ok := g.requests[pubkey]
	if !ok {
		assets = map[string]time.Time{}
		g.requests[pubkey] = assets
	}
	if until, ok := assets[asset]; ok {
		assets[asset] = until.Add(g.cfg.CoolDown)
		return fmt.Errorf("you are greylisted until %v", assets[asset])
	}
	assets[asset] = time.Now().Add(g.cfg.CoolDown)
	return nil
}

func (g *Greylist) cleanup(ctx context.Context) {
	ticker := time.NewTicker(time.Minute)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			now := time.Now()
			g.mu.Lock()
			for pubkey, assets := range g.requests {
				for asset, t := range assets {
					if t.Before(now) {
						delete(assets, asset)
					}
				}
				if len(assets) == 0 {
					delete(g.requests, pubkey)
				}
			}
			g.mu.Unlock()
		}
	}
}

func faucetHandler(g *Greylist, mint func(pubkey, asset string)) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		pubkey, asset := req.FormValue("party"), req.FormValue("asset")
		if err := g.Allow(pubkey, asset); err != nil {
			http.Error(w, err.Error(), http.StatusTooManyRequests)
			return
		}
		mint(pubkey, asset)
	}
}
