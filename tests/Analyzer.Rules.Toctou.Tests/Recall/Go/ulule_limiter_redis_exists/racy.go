// https://github.com/ulule/limiter/issues/2
// The Redis store asked EXISTS for the rate-limit key and, when it was missing, created it with SET ... EX; otherwise
// it ran INCR. Two requests could both see the key missing and both SET it to 1, losing a hit. The maintainers fixed it
// with WATCH, so the EXISTS and the write run as one optimistic transaction.
package limiterredis

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

type Rate struct {
	Period time.Duration
	Limit  int64
}

type RedisStore struct {
	Prefix string
	Pool   *redis.Pool
}

func (s *RedisStore) Get(key string, rate Rate) (int64, error) {
	c := s.Pool.Get()
	defer c.Close()
	key = s.Prefix + ":" + key
	exists, err := redis.Bool(c.Do("EXISTS", key))
	if err != nil {
		return 0, err
	}
	if !exists {
		if _, err := c.Do("SET", key, 1, "EX", int(rate.Period.Seconds())); err != nil { // Noncompliant
			return 0, err
		}
		return 1, nil
	}
	return redis.Int64(c.Do("INCR", key))
}
