// https://github.com/ulule/limiter/issues/2
// Fixed version: WATCH the key before EXISTS and queue the write in MULTI/EXEC; EXEC returns nil when another client
// touched the key in between, and the whole step is retried.
package limiterredis

import "github.com/gomodule/redigo/redis"

type WatchedRedisStore struct {
	Prefix string
	Pool   *redis.Pool
}

func (s *WatchedRedisStore) Get(key string, rate Rate) (int64, error) {
	c := s.Pool.Get()
	defer c.Close()
	key = s.Prefix + ":" + key
	for {
		if _, err := c.Do("WATCH", key); err != nil {
			return 0, err
		}
		exists, err := redis.Bool(c.Do("EXISTS", key))
		if err != nil {
			return 0, err
		}
		c.Send("MULTI")
		if !exists {
			c.Send("SET", key, 1, "EX", int(rate.Period.Seconds()))
		} else {
			c.Send("INCR", key)
		}
		values, err := redis.Values(c.Do("EXEC"))
		if err != nil {
			return 0, err
		}
		if values == nil {
			continue // another client changed the key since WATCH
		}
		if !exists {
			return 1, nil
		}
		return redis.Int64(values[0], nil)
	}
}
