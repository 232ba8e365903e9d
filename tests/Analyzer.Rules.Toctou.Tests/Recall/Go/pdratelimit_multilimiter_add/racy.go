// https://github.com/projectdiscovery/ratelimit/pull/27
// MultiLimiter.Add looked the key up in a plain map and, if it was missing, created a limiter
// and stored it; AddAndTake (called from many nuclei worker goroutines) does get-then-Add, so two
// goroutines could both miss and both store (concurrent map writes / duplicate limiters).
// Fix: the map became a sync.Map and Add uses LoadOrStore, failing with "key already exists".
package ratelimit

import (
	"context"
	"errors"
	"sync"
	"time"
)

type Limiter struct {
	ctx      context.Context
	maxCount uint
	duration time.Duration
	tokens   chan struct{}
}

func New(ctx context.Context, max uint, d time.Duration) *Limiter {
	return &Limiter{ctx: ctx, maxCount: max, duration: d, tokens: make(chan struct{}, max)}
}

func (l *Limiter) Take() {}

type Options struct {
	Key      string
	MaxCount uint
	Duration time.Duration
}

type MultiLimiter struct {
	limiters map[string]*Limiter
	ctx      context.Context
}

func (m *MultiLimiter) Add(opts *Options) error {
	if _, ok := m.limiters[opts.Key]; ok {
		return errors.New("key already exists")
	}
	rlimiter := New(m.ctx, opts.MaxCount, opts.Duration)
	m.limiters[opts.Key] = rlimiter // Noncompliant
	return nil
}

func (m *MultiLimiter) get(key string) (*Limiter, error) {
	l, ok := m.limiters[key]
	if !ok {
		return nil, errors.New("key does not exist")
	}
	return l, nil
}

func (m *MultiLimiter) AddAndTake(opts *Options) {
	if limiter, err := m.get(opts.Key); err == nil {
		limiter.Take()
		return
	}
	_ = m.Add(opts)
	if limiter, err := m.get(opts.Key); err == nil {
		limiter.Take()
	}
}

func scanRacy(m *MultiLimiter, hosts []string) {
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			m.AddAndTake(&Options{Key: h, MaxCount: 10, Duration: time.Second})
		}(h)
	}
	wg.Wait()
}
