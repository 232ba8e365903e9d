package cache

import (
	"context"
	"time"

	"github.com/gomodule/redigo/redis"
	goredis "github.com/redis/go-redis/v9"
)

type Limiter struct {
	pool *redis.Pool
	rdb  *goredis.Client
}

func (l *Limiter) Hit(key string) error {
	c := l.pool.Get()
	defer c.Close()
	exists, err := redis.Bool(c.Do("EXISTS", key))
	if err != nil {
		return err
	}
	if !exists {
		_, err = c.Do("SET", key, 1, "EX", 60) // Noncompliant [TOCTOU005] {{EXISTS reads key key at line 19 and sets it at line 24 when it was missing; another client can set it in between}}
		return err
	}
	_, err = c.Do("INCR", key) // a relative update overwrites nothing another client set
	return err
}

// SET with NX sets only if absent: one atomic step.
func (l *Limiter) HitOnce(key string) error {
	c := l.pool.Get()
	defer c.Close()
	_, err := c.Do("SET", key, 1, "EX", 60, "NX")
	return err
}

func (l *Limiter) Claim(ctx context.Context, key, owner string) (bool, error) {
	n, err := l.rdb.Exists(ctx, key).Result()
	if err != nil || n > 0 {
		return false, err
	}
	return true, l.rdb.Set(ctx, key, owner, time.Minute).Err() // Noncompliant [TOCTOU005] {{EXISTS reads key key at line 40 and sets it at line 44 when it was missing; another client can set it in between}}
}

func (l *Limiter) ClaimAtomically(ctx context.Context, key, owner string) (bool, error) {
	return l.rdb.SetNX(ctx, key, owner, time.Minute).Result()
}

// Another field of the hash is another entry.
func (l *Limiter) Label(ctx context.Context, key string) error {
	if l.rdb.HExists(ctx, key, "owner").Val() {
		return l.rdb.HSet(ctx, key, "label", "x").Err()
	}
	return nil
}
