// https://github.com/bsm/redislock/pull/92
// limitedRetry.NextBackoff loaded the retry counter, compared it with max, and only then added one;
// callers sharing the strategy could all pass the comparison before any of them incremented, so
// LimitRetry(s, 3) sometimes allowed 4+ attempts. The fix uses the result of a single atomic Add.
package redislock

import (
	"sync/atomic"
	"time"
)

// RetryStrategy allows to customise the lock retry strategy.
type RetryStrategy interface {
	// NextBackoff returns the next backoff duration.
	NextBackoff() time.Duration
}

type linearBackoff time.Duration

// LinearBackoff allows retries regularly with customized intervals
func LinearBackoff(backoff time.Duration) RetryStrategy {
	return linearBackoff(backoff)
}

func (r linearBackoff) NextBackoff() time.Duration {
	return time.Duration(r)
}

type limitedRetry struct {
	s   RetryStrategy
	cnt atomic.Int64
	max int64
}

// LimitRetry limits the number of retries to max attempts.
func LimitRetry(s RetryStrategy, max int) RetryStrategy {
	return &limitedRetry{s: s, max: int64(max)}
}

func (r *limitedRetry) NextBackoff() time.Duration {
	if r.cnt.Load() >= r.max {
		return 0
	}
	r.cnt.Add(1) // Noncompliant
	return r.s.NextBackoff()
}
