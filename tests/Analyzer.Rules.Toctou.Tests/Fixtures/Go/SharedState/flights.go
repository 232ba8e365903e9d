package sharedstate

import (
	"sync"

	"golang.org/x/sync/singleflight"
)

// Pages loads each page once: load runs its check and its store inside the group's Do, which runs one function per
// key at a time; loadDirect does the same without the group.
type Pages struct {
	mu     sync.RWMutex
	byURL  map[string]string
	flight singleflight.Group
}

func (p *Pages) cached(url string) (string, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	page, ok := p.byURL[url]
	return page, ok
}

func (p *Pages) keep(url, page string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.byURL[url] = page
}

func (p *Pages) load(url string) (string, error) {
	page, err, _ := p.flight.Do(url, func() (interface{}, error) {
		if page, ok := p.cached(url); ok {
			return page, nil
		}
		page := "<html>" + url
		p.keep(url, page)
		return page, nil
	})
	if err != nil {
		return "", err
	}
	return page.(string), nil
}

func (p *Pages) loadDirect(url string) string {
	if page, ok := p.cached(url); ok { // Secondary [check]
		return page
	}
	page := "<html>" + url
	p.keep(url, page) // Noncompliant [TOCTOU001] {{p.byURL[url] is checked at line 46 and changed at line 50 by p.keep(url, page), checked under the read lock p.mu and changed under the write lock taken at line 50, inside keep() without re-checking}}
	return page
}
