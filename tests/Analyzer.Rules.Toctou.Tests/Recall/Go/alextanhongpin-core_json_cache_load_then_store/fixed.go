// https://github.com/alextanhongpin/core/issues/45
// Fixed shape: the store is a single atomic "SET NX GET"; a caller that loses the race gets
// the winner's value instead of overwriting it.
package cache

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	redis "github.com/redis/go-redis/v9"
)

type AtomicCache struct {
	client *redis.Client
}

// PutIfAbsent stores value unless the key exists; it returns the value that is stored now.
func (c *AtomicCache) PutIfAbsent(ctx context.Context, key string, value []byte, ttl time.Duration) (current string, loaded bool, err error) {
	v, err := c.client.Do(ctx, "SET", key, value, "NX", "GET", "PX", ttl.Milliseconds()).Result()
	if errors.Is(err, redis.Nil) {
		return string(value), false, nil
	}
	if err != nil {
		return "", false, err
	}
	return v.(string), true, nil
}

func (c *AtomicCache) Get(ctx context.Context, key string) (string, error) {
	s, err := c.client.Get(ctx, key).Result()
	if errors.Is(err, redis.Nil) {
		return "", ErrNotExist
	}
	return s, err
}

type JSONStore struct {
	Cache *AtomicCache
}

func (s *JSONStore) GetOrPut(ctx context.Context, key string, value any, getter func() (any, error), ttl time.Duration) (loaded bool, err error) {
	str, err := s.Cache.Get(ctx, key)
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

	curr, loaded, err := s.Cache.PutIfAbsent(ctx, key, b, ttl)
	if err != nil {
		return false, err
	}
	return loaded, json.Unmarshal([]byte(curr), value)
}
