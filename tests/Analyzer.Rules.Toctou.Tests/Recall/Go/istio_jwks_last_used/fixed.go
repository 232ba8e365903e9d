// https://github.com/istio/istio/issues/52121 (fix: https://github.com/istio/istio/pull/54118)
// Fixed version: the bumped entry replaces the loaded one only if nothing stored in between (CompareAndSwap), with a
// few attempts; a lost swap means another writer just touched the entry, which is good enough.
package jwks

import (
	"sync"
	"time"
)

type CasJwksResolver struct {
	keyEntries      sync.Map
	refreshInterval time.Duration
}

func NewCasJwksResolver(interval time.Duration) *CasJwksResolver {
	r := &CasJwksResolver{refreshInterval: interval}
	go r.refreshLoop()
	return r
}

func (r *CasJwksResolver) GetPublicKey(issuer, jwksURI string) (string, error) {
	now := time.Now()
	key := jwtKey{issuer: issuer, jwksURI: jwksURI}
	for attempt := 0; attempt < 5; attempt++ {
		val, found := r.keyEntries.Load(key)
		if !found {
			break
		}
		e := val.(jwtPubKeyEntry)
		updated := e
		updated.lastUsedTime = now
		if r.keyEntries.CompareAndSwap(key, val, updated) || attempt == 4 {
			return e.pubKey, nil
		}
	}
	pubKey := fetch(jwksURI)
	actual, _ := r.keyEntries.LoadOrStore(key, jwtPubKeyEntry{pubKey: pubKey, lastUsedTime: now})
	return actual.(jwtPubKeyEntry).pubKey, nil
}

func (r *CasJwksResolver) refreshLoop() {
	for range time.Tick(r.refreshInterval) {
		r.keyEntries.Range(func(k, v any) bool {
			e := v.(jwtPubKeyEntry)
			updated := e
			updated.pubKey = fetch(k.(jwtKey).jwksURI)
			r.keyEntries.CompareAndSwap(k, v, updated)
			return true
		})
	}
}
