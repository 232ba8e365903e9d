// https://github.com/grafana/k6/issues/770
// Fixed version (PR #771, lib/limiter.go): MultiSlotLimiter got a mutex and Slot holds it
// from the map lookup until the new limiter is stored, so each host gets exactly one
// limiter and the map is never written in parallel.
package httplimit

import "sync"

type HostSlot struct {
	ch chan struct{}
}

func newHostSlot(slots int) *HostSlot {
	ch := make(chan struct{}, slots)
	for i := 0; i < slots; i++ {
		ch <- struct{}{}
	}
	return &HostSlot{ch}
}

func (h *HostSlot) Acquire() { <-h.ch }

func (h *HostSlot) Release() { h.ch <- struct{}{} }

type HostSlots struct {
	m     map[string]*HostSlot
	slots int
	mutex sync.Mutex
}

func NewHostSlots(slots int) *HostSlots {
	return &HostSlots{m: make(map[string]*HostSlot), slots: slots}
}

// For returns the limiter for host s; it is safe to call from many goroutines.
func (l *HostSlots) For(s string) *HostSlot {
	if l.slots == 0 {
		return nil
	}
	l.mutex.Lock()
	defer l.mutex.Unlock()
	hs, ok := l.m[s]
	if !ok {
		hs = newHostSlot(l.slots)
		l.m[s] = hs
	}
	return hs
}

func BatchPerHost(hosts []string, perHost *HostSlots, do func(string)) {
	var wg sync.WaitGroup
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			if slot := perHost.For(h); slot != nil {
				slot.Acquire()
				defer slot.Release()
			}
			do(h)
		}(h)
	}
	wg.Wait()
}
