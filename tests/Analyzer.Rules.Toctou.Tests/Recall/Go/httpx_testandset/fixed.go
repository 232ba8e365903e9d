// https://github.com/projectdiscovery/httpx/issues/2457 (fix: https://github.com/projectdiscovery/httpx/pull/2439)
// Fixed version: the runner holds one mutex across the "seen?" check and the "mark seen" write, so only one
// goroutine can claim a host.
package httpxdedup

import (
	"strings"
	"sync"
)

type lockedStore struct {
	mu sync.RWMutex
	m  map[string][]byte
}

func (s *lockedStore) Get(k string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *lockedStore) Set(k string, v []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
	return nil
}

type SafeRunner struct {
	hm      *lockedStore
	dedupMu sync.Mutex
}

type tlsFindings struct {
	SubjectAN []string
	SubjectCN string
}

func (r *SafeRunner) markSeen(k string) {
	_ = r.hm.Set(k, nil)
}

func (r *SafeRunner) alreadySeen(k string) bool {
	_, ok := r.hm.Get(k)
	return ok
}

func (r *SafeRunner) claim(k string) bool {
	k = strings.TrimSpace(k)
	if k == "" {
		return false
	}

	r.dedupMu.Lock()
	defer r.dedupMu.Unlock()

	if r.alreadySeen(k) {
		return false
	}
	r.markSeen(k)
	return true
}

func (r *SafeRunner) inspect(target string) tlsFindings {
	return tlsFindings{SubjectAN: []string{"www." + target, "api." + target}, SubjectCN: target}
}

func (r *SafeRunner) probe(target string, wg *sync.WaitGroup, output chan<- tlsFindings) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		result := r.inspect(target)
		output <- result
		for _, tt := range result.SubjectAN {
			if !r.claim(tt) {
				continue
			}
			r.probe(tt, wg, output)
		}
		if r.claim(result.SubjectCN) {
			r.probe(result.SubjectCN, wg, output)
		}
	}()
}
