// https://github.com/traefik/traefik/pull/6939 (issue https://github.com/traefik/traefik/issues/6871)
// Fixed version: getUncheckedDomains holds the write lock while it computes the unchecked
// domains and marks them as being resolved, so only one goroutine orders each domain.
package acme

import (
	"sync"
)

type certObtainer interface {
	Obtain(domains []string) ([]byte, error)
}

type CertProvider struct {
	client                certObtainer
	certificatesMu        sync.RWMutex
	certificates          map[string][]byte
	resolvingDomains      map[string]struct{}
	resolvingDomainsMutex sync.Mutex
}

func (p *CertProvider) ListenConfiguration(routerDomains <-chan []string) {
	for domains := range routerDomains {
		go p.resolveCertificate(domains)
	}
}

func (p *CertProvider) resolveCertificate(domains []string) {
	// Check if provided certificates are not already in progress and lock them if needed.
	uncheckedDomains := p.getUncheckedDomains(domains)
	if len(uncheckedDomains) == 0 {
		return
	}
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

func (p *CertProvider) getUncheckedDomains(domainsToCheck []string) []string {
	p.resolvingDomainsMutex.Lock()
	defer p.resolvingDomainsMutex.Unlock()
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
	// Lock domains that will be resolved by this routine.
	for _, d := range unchecked {
		p.resolvingDomains[d] = struct{}{}
	}
	return unchecked
}

func (p *CertProvider) removeResolvingDomains(resolvingDomains []string) {
	p.resolvingDomainsMutex.Lock()
	defer p.resolvingDomainsMutex.Unlock()
	for _, d := range resolvingDomains {
		delete(p.resolvingDomains, d)
	}
}
