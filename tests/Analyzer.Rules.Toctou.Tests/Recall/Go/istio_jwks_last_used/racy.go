// https://github.com/istio/istio/issues/52121 (fix: https://github.com/istio/istio/pull/54118)
// GetPublicKey loaded a cached JWKS entry from a sync.Map, bumped its lastUsedTime and stored the copy back; the
// refresher goroutine stores freshly fetched keys into the same map, so a load-then-store from a request could
// overwrite a refresh with the old keys. The fix stores with CompareAndSwap against the loaded value.
package jwks

import (
	"sync"
	"time"
)

type jwtKey struct {
	issuer  string
	jwksURI string
}

type jwtPubKeyEntry struct {
	pubKey       string
	lastUsedTime time.Time
}

type JwksResolver struct {
	keyEntries      sync.Map
	refreshInterval time.Duration
	closing         chan struct{}
}

func NewJwksResolver(interval time.Duration) *JwksResolver {
	r := &JwksResolver{refreshInterval: interval, closing: make(chan struct{})}
	go r.refresher()
	return r
}

func (r *JwksResolver) GetPublicKey(issuer, jwksURI string) (string, error) {
	now := time.Now()
	key := jwtKey{issuer: issuer, jwksURI: jwksURI}
	if val, found := r.keyEntries.Load(key); found {
		e := val.(jwtPubKeyEntry)
		e.lastUsedTime = now
		r.keyEntries.Store(key, e) // Noncompliant [TOCTOU001]
		return e.pubKey, nil
	}
	pubKey := fetch(jwksURI)
	r.keyEntries.Store(key, jwtPubKeyEntry{pubKey: pubKey, lastUsedTime: now})
	return pubKey, nil
}

func (r *JwksResolver) refresher() {
	ticker := time.NewTicker(r.refreshInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			r.refresh()
		case <-r.closing:
			return
		}
	}
}

func (r *JwksResolver) refresh() {
	r.keyEntries.Range(func(k, v any) bool {
		e := v.(jwtPubKeyEntry)
		e.pubKey = fetch(k.(jwtKey).jwksURI)
		r.keyEntries.Store(k, e)
		return true
	})
}

func fetch(uri string) string { return uri }
