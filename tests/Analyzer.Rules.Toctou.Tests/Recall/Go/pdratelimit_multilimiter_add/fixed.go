// https://github.com/projectdiscovery/ratelimit/pull/27
// Fixed: limiters is a sync.Map and the existence check plus insert is a single LoadOrStore.
package ratelimit

import (
	"context"
	"errors"
	"sync"
	"time"
)

var errKeyAlreadyExists = errors.New("key already exists")

type KeyedLimiter struct {
	limiters sync.Map
	ctx      context.Context
}

func (m *KeyedLimiter) Register(opts *Options) error {
	rlimiter := New(m.ctx, opts.MaxCount, opts.Duration)
	if _, loaded := m.limiters.LoadOrStore(opts.Key, rlimiter); loaded {
		return errKeyAlreadyExists
	}
	return nil
}

func (m *KeyedLimiter) lookup(key string) (*Limiter, error) {
	val, ok := m.limiters.Load(key)
	if !ok {
		return nil, errors.New("key does not exist")
	}
	return val.(*Limiter), nil
}

func (m *KeyedLimiter) RegisterAndTake(opts *Options) {
	if limiter, err := m.lookup(opts.Key); err == nil {
		limiter.Take()
		return
	}
	_ = m.Register(opts)
	if limiter, err := m.lookup(opts.Key); err == nil {
		limiter.Take()
	}
}

func scanFixed(m *KeyedLimiter, hosts []string) {
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			m.RegisterAndTake(&Options{Key: h, MaxCount: 10, Duration: time.Second})
		}(h)
	}
	wg.Wait()
}
