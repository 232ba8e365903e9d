// https://github.com/traefik/traefik/pull/6939 (issue https://github.com/traefik/traefik/issues/6871)
// resolveCertificate asked getUncheckedDomains, under the read lock of resolvingDomains,
// which domains had neither a certificate nor a resolution in progress, and registered them
// afterwards with addResolvingDomains under the write lock. At startup the providers trigger
// resolveCertificate for the same router in several goroutines; two of them passed the
// check before either registered and two ACME orders were placed. Fix: getUncheckedDomains
// takes the write lock and registers the unchecked domains itself.
package acme

import (
	"sync"
)

type acmeClient interface {
	Obtain(domains []string) ([]byte, error)
}

type Provider struct {
	client                acmeClient
	certificatesMu        sync.RWMutex
	certificates          map[string][]byte
	resolvingDomains      map[string]struct{}
	resolvingDomainsMutex sync.RWMutex
}

// ListenConfiguration receives the domains of each new router from the providers.
func (p *Provider) ListenConfiguration(routerDomains <-chan []string) {
	for domains := range routerDomains {
		go p.resolveCertificate(domains)
	}
}

func (p *Provider) resolveCertificate(domains []string) {
	uncheckedDomains := p.getUncheckedDomains(domains)
	if len(uncheckedDomains) == 0 {
		return
	}

	p.addResolvingDomains(uncheckedDomains) // Noncompliant
	defer p.removeResolvingDomains(uncheckedDomains)

	cert, err := p.client.Obtain(uncheckedDomains)
	if err != nil {
		return
	}
	p.certificatesMu.Lock()
	for _, d := range uncheckedDomains {
		p.certificates[d] = cert
	}
	p.certificatesMu.Unlock()
}

func (p *Provider) getUncheckedDomains(domainsToCheck []string) []string {
	p.resolvingDomainsMutex.RLock()
	defer p.resolvingDomainsMutex.RUnlock()
	p.certificatesMu.RLock()
	defer p.certificatesMu.RUnlock()

	var unchecked []string
	for _, d := range domainsToCheck {
		if _, ok := p.certificates[d]; ok {
			continue
		}
		if _, ok := p.resolvingDomains[d]; ok {
			continue
		}
		unchecked = append(unchecked, d)
	}
	return unchecked
}

func (p *Provider) addResolvingDomains(resolvingDomains []string) {
	p.resolvingDomainsMutex.Lock()
	defer p.resolvingDomainsMutex.Unlock()
	for _, d := range resolvingDomains {
		p.resolvingDomains[d] = struct{}{}
	}
}

func (p *Provider) removeResolvingDomains(resolvingDomains []string) {
	p.resolvingDomainsMutex.Lock()
	defer p.resolvingDomainsMutex.Unlock()
	for _, d := range resolvingDomains {
		delete(p.resolvingDomains, d)
	}
}
