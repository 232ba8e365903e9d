// https://github.com/elastic/apm-agent-go/pull/1248
// Fixed version: hold the write lock while creating the default tracer, checking
// again that it was not set after releasing the read lock.
package apm

import "sync"

type agentTracer struct {
	service string
	closing chan struct{}
	once    sync.Once
}

func newAgentTracer(service string) *agentTracer {
	t := &agentTracer{service: service, closing: make(chan struct{})}
	go t.run()
	return t
}

func (t *agentTracer) run() { <-t.closing }

func (t *agentTracer) Close() { t.once.Do(func() { close(t.closing) }) }

var (
	globalMu     sync.RWMutex
	globalTracer *agentTracer
)

// GlobalTracer returns the global tracer, creating it on first use.
func GlobalTracer() *agentTracer {
	globalMu.RLock()
	if globalTracer != nil {
		t := globalTracer
		globalMu.RUnlock()
		return t
	}
	globalMu.RUnlock()

	globalMu.Lock()
	defer globalMu.Unlock()
	if globalTracer != nil {
		return globalTracer
	}
	globalTracer = newAgentTracer("default")
	return globalTracer
}

// SetGlobalTracer replaces the global tracer, closing the previous one.
func SetGlobalTracer(t *agentTracer) {
	globalMu.Lock()
	defer globalMu.Unlock()
	if globalTracer != nil {
		globalTracer.Close()
	}
	globalTracer = t
}

func startupFixed() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = GlobalTracer()
		}()
	}
	wg.Wait()
}
