// https://github.com/elastic/apm-agent-go/pull/1248
// Issue #1247: DefaultTracer read the global under the read lock and, if nil, built a tracer
// and installed it via SetDefaultTracer. Two goroutines starting together both saw nil and both
// built one; the second SetDefaultTracer closed the first, which its caller kept using.
// The fix creates the tracer under the write lock after checking the global again.
package apm

import "sync"

type TracerOptions struct {
	ServiceName string
}

type Tracer struct {
	opts    TracerOptions
	closing chan struct{}
	once    sync.Once
}

func newTracer(opts TracerOptions) *Tracer {
	t := &Tracer{opts: opts, closing: make(chan struct{})}
	go t.loop()
	return t
}

func (t *Tracer) loop() { <-t.closing }

// Close stops the tracer; transactions started on it are dropped afterwards.
func (t *Tracer) Close() { t.once.Do(func() { close(t.closing) }) }

var (
	tracerMu      sync.RWMutex
	defaultTracer *Tracer
)

// DefaultTracer returns the default global Tracer, creating it on first use.
func DefaultTracer() *Tracer {
	tracerMu.RLock()
	tracer := defaultTracer
	tracerMu.RUnlock()
	if tracer != nil {
		return tracer
	}

	tracer = newTracer(TracerOptions{ServiceName: "default"})
	SetDefaultTracer(tracer) // Noncompliant
	return tracer
}

// SetDefaultTracer sets the tracer returned by DefaultTracer, closing the
// previous one if any.
func SetDefaultTracer(t *Tracer) {
	tracerMu.Lock()
	defer tracerMu.Unlock()
	if defaultTracer != nil {
		defaultTracer.Close()
	}
	defaultTracer = t
}

func startup() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = DefaultTracer()
		}()
	}
	wg.Wait()
}
