package sharedstate

import (
	"context"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// A group's Go runs each function on a goroutine of its own, as go does; so does time.AfterFunc when the time is up.
type Prefetcher struct {
	mu      sync.Mutex
	entries map[string]int
	misses  int
}

func (p *Prefetcher) LoadAll(ctx context.Context, keys []string) error {
	g, _ := errgroup.WithContext(ctx)
	for _, k := range keys {
		k := k
		g.Go(func() error {
			if _, ok := p.entries[k]; !ok { // Secondary [check]
				p.entries[k] = len(k) // Noncompliant [TOCTOU001] {{p.entries[k] is checked at line 23 and changed at line 24 by p.entries[k], with no lock held at either point, while the function literal they are in is started in parallel at line 22, in a loop}}
			}
			return nil
		})
	}
	return g.Wait()
}

// The same, with the check and the store under one lock.
func (p *Prefetcher) LoadAllLocked(ctx context.Context, keys []string) error {
	g, _ := errgroup.WithContext(ctx)
	for _, k := range keys {
		k := k
		g.Go(func() error {
			p.mu.Lock()
			defer p.mu.Unlock()
			if _, ok := p.entries[k]; !ok {
				p.entries[k] = len(k)
			}
			return nil
		})
	}
	return g.Wait()
}

func (p *Prefetcher) Warm(keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Go(func() {
			p.fill(k)
		})
	}
	wg.Wait()
}

func (p *Prefetcher) fill(k string) {
	if p.entries[k] == 0 { // Secondary [check]
		p.entries[k] = 1 // Noncompliant [TOCTOU001] {{p.entries[k] is checked at line 60 and changed at line 61 by p.entries[k], with no lock held at either point, while fill is started in parallel at line 52, in a loop}}
	}
}

func (p *Prefetcher) RetryLater(keys []string) {
	for range keys {
		time.AfterFunc(time.Second, func() {
			if p.misses > 0 { // Secondary [check]
				p.misses-- // Noncompliant [TOCTOU001] {{p.misses is checked at line 68 and changed at line 69 by p.misses, with no lock held at either point, while the function literal they are in is started in parallel at line 67, in a loop}}
			}
		})
	}
}
