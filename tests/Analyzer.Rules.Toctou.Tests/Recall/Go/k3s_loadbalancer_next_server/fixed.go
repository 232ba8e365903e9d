// https://github.com/k3s-io/k3s/pull/10322
// Fixed version: selecting the next server mutates shared state, so it takes the write
// lock; the bounds check, the slice index and the increment cannot interleave with another
// dialer.
package loadbalancer

import (
	"errors"
	"sync"
)

type serverPicker struct {
	mu      sync.RWMutex
	servers []string
	current string
	nextIdx int
}

func (p *serverPicker) set(addresses []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.servers = append([]string{}, addresses...)
	p.current = p.servers[0]
	p.nextIdx = 1
}

func (p *serverPicker) next(failed string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	if len(p.servers) == 0 {
		return "", errors.New("no servers in load balancer proxy list")
	}
	if len(p.servers) == 1 || failed != p.current {
		return p.current, nil
	}
	if p.nextIdx >= len(p.servers) {
		p.nextIdx = 0
	}
	p.current = p.servers[p.nextIdx]
	p.nextIdx++
	return p.current, nil
}
