// https://github.com/gamalan/caddy-tlsredis/pull/25
// Fixed version: a mutex is held from the map check to the save.
package tlsredis

import (
	"context"
	"sync"
	"time"
)

type GuardedRedisStorage struct {
	KeyPrefix string
	locker    Locker
	locksMu   sync.Mutex
	locks     map[string]RedisLock
}

func (rd *GuardedRedisStorage) Lock(ctx context.Context, key string) error {
	name := rd.KeyPrefix + "/" + key + ".lock"
	rd.locksMu.Lock()
	defer rd.locksMu.Unlock()
	if _, exists := rd.locks[name]; exists {
		return nil
	}
	lock, err := rd.locker.Obtain(ctx, name, 5*time.Second)
	if err != nil {
		return err
	}
	rd.locks[name] = lock
	return nil
}
