// https://github.com/gamalan/caddy-tlsredis/pull/25
// Lock checked whether the storage already held a lock for the key in its locks map and, when not, obtained a Redis
// lock and saved it in the map, with no lock around the map: certificate renewals call Lock from many goroutines, and
// Caddy crashed with "concurrent map writes". The fix guards the check and the save with a mutex.
package tlsredis

import (
	"context"
	"time"
)

type RedisLock interface {
	Release(ctx context.Context) error
}

type Locker interface {
	Obtain(ctx context.Context, key string, ttl time.Duration) (RedisLock, error)
}

type RedisStorage struct {
	KeyPrefix string
	locker    Locker
	locks     map[string]RedisLock
}

func (rd *RedisStorage) Lock(ctx context.Context, key string) error {
	name := rd.KeyPrefix + "/" + key + ".lock"
	if _, exists := rd.locks[name]; exists {
		return nil
	}
	lock, err := rd.locker.Obtain(ctx, name, 5*time.Second)
	if err != nil {
		return err
	}
	rd.locks[name] = lock // Noncompliant [TOCTOU001]
	return nil
}
