// https://github.com/projectdiscovery/httpx/issues/2457 (fix: https://github.com/projectdiscovery/httpx/pull/2439)
// testAndSet asked the shared self-locking map whether a host was already seen and then marked it in a second,
// separate call, so two probe goroutines could both pass the check and scan the same TLS SAN/CN host twice.
package httpxdedup

import (
	"strings"
	"sync"
)

// hybridMap stands in for hmap's HybridMap: every call takes its own lock.
type hybridMap struct {
	mu sync.RWMutex
	m  map[string][]byte
}

func (h *hybridMap) Get(k string) ([]byte, bool) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	v, ok := h.m[k]
	return v, ok
}

func (h *hybridMap) Set(k string, v []byte) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.m[k] = v
	return nil
}

type Runner struct {
	hm *hybridMap
}

type probeResult struct {
	SubjectAN []string
	SubjectCN string
}

func (r *Runner) setSeen(k string) {
	_ = r.hm.Set(k, nil)
}

func (r *Runner) seen(k string) bool {
	_, ok := r.hm.Get(k)
	return ok
}

func (r *Runner) testAndSet(k string) bool {
	// skip empty lines
	k = strings.TrimSpace(k)
	if k == "" {
		return false
	}

	if r.seen(k) {
		return false
	}

	r.setSeen(k) // Noncompliant
	return true
}

func (r *Runner) analyze(target string) probeResult {
	return probeResult{SubjectAN: []string{"www." + target, "api." + target}, SubjectCN: target}
}

// process probes a target in its own goroutine; names found in the TLS
// certificate are deduplicated with testAndSet and probed recursively.
func (r *Runner) process(target string, wg *sync.WaitGroup, output chan<- probeResult) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		result := r.analyze(target)
		output <- result
		for _, tt := range result.SubjectAN {
			if !r.testAndSet(tt) {
				continue
			}
			r.process(tt, wg, output)
		}
		if r.testAndSet(result.SubjectCN) {
			r.process(result.SubjectCN, wg, output)
		}
	}()
}
