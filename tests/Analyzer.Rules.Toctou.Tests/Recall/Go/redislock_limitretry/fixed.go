// https://github.com/bsm/redislock/pull/92
// Fixed shape: one atomic Add both reserves the attempt and yields the value compared with max.
package redislock

import (
	"sync/atomic"
	"time"
)

// backoffStrategy mirrors RetryStrategy so this file stands on its own.
type backoffStrategy interface {
	NextBackoff() time.Duration
}

type cappedRetry struct {
	s   backoffStrategy
	cnt atomic.Int64
	max int64
}

// CappedRetry limits the number of retries to max attempts.
func CappedRetry(s backoffStrategy, max int) backoffStrategy {
	return &cappedRetry{s: s, max: int64(max)}
}

func (r *cappedRetry) NextBackoff() time.Duration {
	if r.cnt.Add(1) > r.max {
		return 0
	}
	return r.s.NextBackoff()
}
