// https://github.com/etcinit/speedbump/pull/7
// Attempt asked Redis whether the counter key EXISTS and, if so, sent INCR without EXPIRE. A key that expired
// between the two commands was re-created by INCR with no TTL, so the client stayed limited forever. The fix
// drops EXISTS (GET returning nil means absent) and always sends INCR and EXPIRE in one MULTI/EXEC.
package speedbump

import (
	"strconv"
	"time"
)

// RedisClient stands in for *redis.Client; every method is one Redis command.
type RedisClient interface {
	Exists(key string) (bool, error)
	Get(key string) (string, error)
	Incr(key string) error
	Multi(fn func(tx RedisTx) error) error
}

// RedisTx stands in for the commands queued inside MULTI ... EXEC.
type RedisTx interface {
	Incr(key string) error
	Expire(key string, expiration time.Duration) error
}

// RateHasher names the counter for an id and gives its period.
type RateHasher interface {
	Hash(id string) string
	Duration() time.Duration
}

type RateLimiter struct {
	redisClient RedisClient
	hasher      RateHasher
	max         int64
}

func (r *RateLimiter) Has(id string) (bool, error) {
	hash := r.hasher.Hash(id)
	return r.redisClient.Exists(hash)
}

func (r *RateLimiter) Attempt(id string) (bool, error) {
	hash := r.hasher.Hash(id)
	exists, err := r.Has(id)
	if err != nil {
		return false, err
	}

	if exists {
		str, err := r.redisClient.Get(hash)
		if err != nil {
			return false, err
		}
		intVal, err := strconv.ParseInt(str, 10, 64)
		if err != nil {
			return false, err
		}
		if str != "" && intVal > r.max {
			return false, nil
		}
		if err := r.redisClient.Incr(hash); err != nil { // Noncompliant
			return false, err
		}
		return true, nil
	}

	err = r.redisClient.Multi(func(tx RedisTx) error {
		if err := tx.Incr(hash); err != nil {
			return err
		}
		return tx.Expire(hash, r.hasher.Duration())
	})
	if err != nil {
		return false, err
	}
	return true, nil
}
