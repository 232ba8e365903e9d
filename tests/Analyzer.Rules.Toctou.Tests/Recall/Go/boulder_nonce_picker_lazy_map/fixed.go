// https://github.com/letsencrypt/boulder/pull/8015
// Fixed version: the prefix map is built exactly once per picker inside sync.Once.Do;
// every other Pick waits for it and then only reads the map.
package noncebalancer

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"sync"
)

type backendConn interface{ Connect() }

type backendInfo struct{ Addr string }

type pickResult struct{ Conn backendConn }

type prefixKey struct{}
type hmacKey struct{}

var errNoBackend = errors.New("no backend matches the nonce prefix")

func noncePrefix(addr, key string) string {
	h := hmac.New(sha256.New, []byte(key))
	h.Write([]byte(addr))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))[:8]
}

type noncePicker struct {
	backends     map[backendConn]backendInfo
	prefixOnce   sync.Once
	prefixToConn map[string]backendConn
}

func newNoncePicker(ready map[backendConn]backendInfo) *noncePicker {
	return &noncePicker{backends: ready}
}

func (p *noncePicker) pick(ctx context.Context) (pickResult, error) {
	var result pickResult
	if len(p.backends) == 0 {
		return result, errNoBackend
	}
	key, ok := ctx.Value(hmacKey{}).(string)
	if !ok {
		return result, errors.New("hmac key missing from RPC context")
	}
	p.prefixOnce.Do(func() {
		m := make(map[string]backendConn)
		for sc, info := range p.backends {
			m[noncePrefix(info.Addr, key)] = sc
		}
		p.prefixToConn = m
	})
	dest, ok := ctx.Value(prefixKey{}).(string)
	if !ok {
		return result, errors.New("nonce prefix missing from RPC context")
	}
	sc, ok := p.prefixToConn[dest]
	if !ok {
		return result, errNoBackend
	}
	result.Conn = sc
	return result, nil
}
