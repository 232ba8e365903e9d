// https://github.com/alextanhongpin/core/issues/45
// dsync/cache's JSON.LoadOrStore (a Redis-backed cache shared by many goroutines and
// processes) first did a GET for the key and, on "not exist", computed the value with the
// getter and wrote it with a plain SET. The issue notes that another caller may insert the
// key between the GET and the SET, so the later writer silently overwrites the first value
// and the two callers return different data. The fix stores through Cacheable.LoadOrStore,
// a single "SET key value NX GET" round trip, and returns whatever value actually won.
package cache

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	redis "github.com/redis/go-redis/v9"
)

var ErrNotExist = errors.New("cache: not exist")

type Cacheable struct {
	client *redis.Client
}

func (c *Cacheable) Load(ctx context.Context, key string) (string, error) {
	s, err := c.client.Get(ctx, key).Result()
	if errors.Is(err, redis.Nil) {
		return "", ErrNotExist
	}
	return s, err
}

func (c *Cacheable) Store(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	return c.client.Set(ctx, key, value, ttl).Err()
}

type JSON struct {
	Cache *Cacheable
}

// LoadOrStore is called concurrently by request handlers that share the Redis instance.
func (s *JSON) LoadOrStore(ctx context.Context, key string, value any, getter func() (any, error), ttl time.Duration) (loaded bool, err error) {
	str, err := s.Cache.Load(ctx, key)
	if err == nil {
		return true, json.Unmarshal([]byte(str), value)
	}
	if !errors.Is(err, ErrNotExist) {
		return false, err
	}

	v, err := getter()
	if err != nil {
		return false, err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return false, err
	}

	if err := s.Cache.Store(ctx, key, b, ttl); err != nil { // Noncompliant
		return false, err
	}
	return false, json.Unmarshal(b, value)
}
