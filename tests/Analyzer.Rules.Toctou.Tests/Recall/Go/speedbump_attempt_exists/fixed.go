// https://github.com/etcinit/speedbump/pull/7
// Fixed shape: no EXISTS check. GET tells whether the key is present (ErrNil when it is not), and
// INCR is always sent together with EXPIRE in one MULTI/EXEC transaction, so a key that expired
// in between is re-created with a TTL.
package speedbump

import (
	"errors"
	"strconv"
	"time"
)

var errKeyMissing = errors.New("redis: nil")

type KVClient interface {
	Get(key string) (string, error)
	Multi(fn func(tx KVTx) error) error
}

type KVTx interface {
	Incr(key string) error
	Expire(key string, expiration time.Duration) error
}

type PeriodHasher interface {
	Hash(id string) string
	Duration() time.Duration
}

type WindowLimiter struct {
	client KVClient
	hasher PeriodHasher
	max    int64
}

func (w *WindowLimiter) Attempt(id string) (bool, error) {
	hash := w.hasher.Hash(id)

	// Get value for hash in Redis. If errKeyMissing is returned, the key does not exist.
	exists := true
	val, err := w.client.Get(hash)
	if err != nil {
		if errors.Is(err, errKeyMissing) {
			exists = false
		} else {
			return false, err
		}
	}

	// If key exists and is >= max requests, return false.
	if exists {
		intVal, err := strconv.ParseInt(val, 10, 64)
		if err != nil {
			return false, err
		}
		if intVal >= w.max {
			return false, nil
		}
	}

	// Otherwise, increment and expire the key in one transaction, even when it already exists,
	// so that a key that expired after the GET above still gets a TTL.
	err = w.client.Multi(func(tx KVTx) error {
		if err := tx.Incr(hash); err != nil {
			return err
		}
		return tx.Expire(hash, w.hasher.Duration())
	})
	if err != nil {
		return false, err
	}
	return true, nil
}
