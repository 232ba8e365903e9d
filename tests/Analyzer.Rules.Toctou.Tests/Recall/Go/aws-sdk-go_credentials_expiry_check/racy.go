// https://github.com/aws/aws-sdk-go/pull/3448
// GetWithContext returns the cached value whenever the provider says it is not expired. The
// refreshing goroutine calls provider.Retrieve() (resetting the provider's expiry) before it
// stores the new value, so a request in that window returns the old, expired credentials.
// The fix (merged with #3563) checks/returns under RLock and retrieves/stores under Lock.
package credentials

import (
	"context"
	"sync"
	"sync/atomic"
)

// callResult and flightGroup stand in for golang.org/x/sync/singleflight.
type callResult struct {
	Val interface{}
	Err error
}

type flightGroup struct {
	mu       sync.Mutex
	inFlight map[string][]chan callResult
}

func (g *flightGroup) DoChan(key string, fn func() (interface{}, error)) <-chan callResult {
	ch := make(chan callResult, 1)
	g.mu.Lock()
	if g.inFlight == nil {
		g.inFlight = map[string][]chan callResult{}
	}
	waiters, running := g.inFlight[key]
	g.inFlight[key] = append(waiters, ch)
	g.mu.Unlock()
	if running {
		return ch
	}
	go func() {
		v, err := fn()
		g.mu.Lock()
		all := g.inFlight[key]
		delete(g.inFlight, key)
		g.mu.Unlock()
		for _, w := range all {
			w <- callResult{Val: v, Err: err}
		}
	}()
	return ch
}

type Value struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
}

type Provider interface {
	Retrieve() (Value, error)
	IsExpired() bool
}

// Credentials is shared by every client request goroutine.
type Credentials struct {
	creds    atomic.Value
	sf       flightGroup
	provider Provider
}

func (c *Credentials) isExpired(creds interface{}) bool {
	return creds == nil || creds.(Value) == Value{} || c.provider.IsExpired()
}

func (c *Credentials) GetWithContext(ctx context.Context) (Value, error) {
	if curCreds := c.creds.Load(); !c.isExpired(curCreds) {
		return curCreds.(Value), nil // Noncompliant
	}
	resCh := c.sf.DoChan("", func() (interface{}, error) {
		return c.singleRetrieve()
	})
	select {
	case res := <-resCh:
		return res.Val.(Value), res.Err
	case <-ctx.Done():
		return Value{}, ctx.Err()
	}
}

func (c *Credentials) singleRetrieve() (interface{}, error) {
	if curCreds := c.creds.Load(); !c.isExpired(curCreds) {
		return curCreds.(Value), nil
	}
	creds, err := c.provider.Retrieve()
	if err == nil {
		c.creds.Store(creds)
	}
	return creds, err
}
