// https://github.com/aws/aws-sdk-go/pull/3448
// Fixed version: the cached value and the provider's expiry are read together under a read
// lock, and retrieval plus store happen under the write lock, so no request can observe the
// provider's new expiry paired with the old value.
package credentials

import (
	"context"
	"sync"
)

type LockedCredentials struct {
	m        sync.RWMutex
	creds    Value
	sf       flightGroup
	provider Provider
}

func (c *LockedCredentials) isExpiredLocked(creds Value) bool {
	return creds == Value{} || c.provider.IsExpired()
}

func (c *LockedCredentials) cachedIfValid() (Value, bool) {
	c.m.RLock()
	defer c.m.RUnlock()
	if cur := c.creds; !c.isExpiredLocked(cur) {
		return cur, true
	}
	return Value{}, false
}

func (c *LockedCredentials) Fetch(ctx context.Context) (Value, error) {
	if cur, ok := c.cachedIfValid(); ok {
		return cur, nil
	}
	resCh := c.sf.DoChan("", func() (interface{}, error) {
		return c.retrieveLocked()
	})
	select {
	case res := <-resCh:
		return res.Val.(Value), res.Err
	case <-ctx.Done():
		return Value{}, ctx.Err()
	}
}

func (c *LockedCredentials) retrieveLocked() (interface{}, error) {
	c.m.Lock()
	defer c.m.Unlock()
	if cur := c.creds; !c.isExpiredLocked(cur) {
		return cur, nil
	}
	creds, err := c.provider.Retrieve()
	if err == nil {
		c.creds = creds
	}
	return creds, err
}
