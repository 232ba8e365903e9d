// https://github.com/letsencrypt/boulder/pull/8015
// The nonce balancer's Picker.Pick is called by gRPC for every nonce-redemption RPC, from
// many goroutines at once, on the same Picker. It built prefixToBackend lazily: when the
// field was nil it derived the prefix of every backend address and stored the new map.
// Parallel first calls all saw nil and wrote the field while other calls read it. Fix:
// build the map inside a sync.Once held by the Picker.
package noncebalancer

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

type SubConn interface{ Connect() }

type SubConnInfo struct{ Addr string }

type PickInfo struct{ Ctx context.Context }

type PickResult struct{ SubConn SubConn }

type PrefixCtxKey struct{}
type HMACKeyCtxKey struct{}

var (
	ErrNoSubConnAvailable   = errors.New("no SubConn is available")
	errMissingHMACKeyCtxKey = errors.New("nonce.HMACKeyCtxKey value required in RPC context")
	errMissingPrefixCtxKey  = errors.New("nonce.PrefixCtxKey value required in RPC context")
)

func DerivePrefix(addr, key string) string {
	h := hmac.New(sha256.New, []byte(key))
	h.Write([]byte(addr))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))[:8]
}

type Picker struct {
	backends        map[SubConn]SubConnInfo
	prefixToBackend map[string]SubConn
}

// Build is called by gRPC whenever the ready SubConns change.
func Build(ready map[SubConn]SubConnInfo) *Picker {
	return &Picker{backends: ready}
}

func (p *Picker) Pick(info PickInfo) (PickResult, error) {
	var result PickResult
	if len(p.backends) == 0 {
		return result, ErrNoSubConnAvailable
	}
	hmacKey, ok := info.Ctx.Value(HMACKeyCtxKey{}).(string)
	if !ok {
		return result, errMissingHMACKeyCtxKey
	}
	if p.prefixToBackend == nil {
		prefixToBackend := make(map[string]SubConn)
		for sc, scInfo := range p.backends {
			prefixToBackend[DerivePrefix(scInfo.Addr, hmacKey)] = sc
		}
		p.prefixToBackend = prefixToBackend // Noncompliant
	}
	destPrefix, ok := info.Ctx.Value(PrefixCtxKey{}).(string)
	if !ok {
		return result, errMissingPrefixCtxKey
	}
	sc, ok := p.prefixToBackend[destPrefix]
	if !ok {
		return result, ErrNoSubConnAvailable
	}
	result.SubConn = sc
	return result, nil
}

// redeemAll mirrors the WFE issuing many RedeemNonce RPCs in parallel through one Picker.
func redeemAll(p *Picker, ctxs []context.Context) {
	done := make(chan struct{})
	for _, ctx := range ctxs {
		go func(ctx context.Context) {
			_, _ = p.Pick(PickInfo{Ctx: ctx})
			done <- struct{}{}
		}(ctx)
	}
	for range ctxs {
		<-done
	}
}
