package externalstore

import "golang.org/x/sync/singleflight"

type tokenCache interface {
	get(token string) (string, bool)
	set(token, user string)
}

// Authenticator looks a token up in its cache and, on a miss, asks the backend once per token: lookup checks the
// cache again inside the group, where every store into the cache is made; lookupOnce does not.
type Authenticator struct {
	cache tokenCache
	group singleflight.Group
}

func (a *Authenticator) lookup(token string) string {
	if user, ok := a.cache.get(token); ok {
		return user
	}
	result := <-a.group.DoChan(token, func() (interface{}, error) {
		if user, ok := a.cache.get(token); ok {
			return user, nil
		}
		user := "user:" + token
		a.cache.set(token, user)
		return user, nil
	})
	return result.Val.(string)
}

func (a *Authenticator) lookupOnce(token string) string {
	if user, ok := a.cache.get(token); ok { // Secondary [check]
		return user
	}
	result := <-a.group.DoChan(token, func() (interface{}, error) {
		user := "user:" + token
		a.cache.set(token, user) // Noncompliant [TOCTOU002] {{get() on a.cache at line 33 decides set() on the same store at line 38; the lookup and the change are separate calls on the store, and the lookup runs before a.group is taken at line 36, so two callers can both find the entry missing or stale and both change it}}
		return user, nil
	})
	return result.Val.(string)
}
