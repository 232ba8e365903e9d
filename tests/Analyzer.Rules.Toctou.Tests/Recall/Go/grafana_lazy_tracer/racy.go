// https://github.com/grafana/grafana-app-sdk/pull/1403
// GetTracer lazily set a package-level tracer: many reflector goroutines called it at once, each took the read lock,
// saw nil and wrote the tracer, so the writes raced each other under a lock that only excludes writers. The fix
// checks again under the write lock before setting it.
package operatortel

import "sync"

type Tracer interface {
	Start(name string) func()
}

type noopTracer struct{}

func (noopTracer) Start(string) func() { return func() {} }

func newTracer(name string) Tracer { return noopTracer{} }

var (
	tracerMu sync.RWMutex
	tracer   Tracer
)

func SetTracer(t Tracer) {
	tracerMu.Lock()
	defer tracerMu.Unlock()
	tracer = t
}

func GetTracer() Tracer {
	tracerMu.RLock()
	defer tracerMu.RUnlock()
	if tracer == nil {
		tracer = newTracer("grafana-app-sdk/operator") // Noncompliant [TOCTOU001]
	}
	return tracer
}
