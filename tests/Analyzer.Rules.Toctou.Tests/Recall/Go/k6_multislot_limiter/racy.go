// https://github.com/grafana/k6/issues/770
// With batchPerHost, http.batch() runs each request in its own goroutine and calls
// MultiSlotLimiter.Slot(host), which looked the host up in a plain map and inserted a new
// limiter on a miss with no lock ("concurrent map writes", or two limiters for one host).
// Fix (PR #771): a mutex held across the lookup and the insert.
package httplimit

import "sync"

type SlotLimiter struct {
	ch chan struct{}
}

func NewSlotLimiter(slots int) SlotLimiter {
	if slots <= 0 {
		return SlotLimiter{nil}
	}
	ch := make(chan struct{}, slots)
	for i := 0; i < slots; i++ {
		ch <- struct{}{}
	}
	return SlotLimiter{ch}
}

func (l *SlotLimiter) Begin() {
	if l.ch != nil {
		<-l.ch
	}
}

func (l *SlotLimiter) End() {
	if l.ch != nil {
		l.ch <- struct{}{}
	}
}

type MultiSlotLimiter struct {
	m     map[string]*SlotLimiter
	slots int
}

func NewMultiSlotLimiter(slots int) MultiSlotLimiter {
	return MultiSlotLimiter{make(map[string]*SlotLimiter), slots}
}

func (l *MultiSlotLimiter) Slot(s string) *SlotLimiter {
	if l.slots == 0 {
		return nil
	}
	ll, ok := l.m[s]
	if !ok {
		tmp := NewSlotLimiter(l.slots)
		ll = &tmp
		l.m[s] = ll // Noncompliant
	}
	return ll
}

type batchRequest struct {
	host string
	url  string
}

// Batch mirrors http.batch(): one goroutine per request, limited per host.
func Batch(reqs []batchRequest, perHost *MultiSlotLimiter, do func(batchRequest)) {
	var wg sync.WaitGroup
	for _, r := range reqs {
		wg.Add(1)
		go func(r batchRequest) {
			defer wg.Done()
			if slot := perHost.Slot(r.host); slot != nil {
				slot.Begin()
				defer slot.End()
			}
			do(r)
		}(r)
	}
	wg.Wait()
}
