// https://github.com/saucelabs/forwarder/issues/28 (closed by https://github.com/saucelabs/forwarder/pull/65)
// Proxy.Run read State under the read lock, released it, and later took the write lock to set
// State = Running before serving; two goroutines calling Run could both pass the "already running"
// check and both start a server. The fix makes the check and the state change one critical section.
package proxy

import (
	"log"
	"net/http"
	"sync"
)

// State helps the proxy to don't run the same state multiple times.
type State string

const (
	// Setup state means it's done setting it up, but not running yet.
	Setup State = "Setup"
	// Running means proxy is running.
	Running State = "Running"
)

// Proxy definition.
type Proxy struct {
	// Current state of the proxy. Multiple calls to `Run`, if running, will do
	// nothing.
	State State

	localHost string
	handler   http.Handler
	mutex     *sync.RWMutex
}

// Run starts the proxy. It's safe to call it multiple times - nothing will happen.
func (p *Proxy) Run() {
	// Do nothing if already running.
	p.mutex.RLock()
	if p.State == Running {
		p.mutex.RUnlock()
		log.Println("Proxy is already running")
		return
	}
	p.mutex.RUnlock()

	log.Printf("Proxy to start at %s", p.localHost)

	// Updates state.
	p.mutex.Lock()
	p.State = Running // Noncompliant
	p.mutex.Unlock()

	if err := http.ListenAndServe(p.localHost, p.handler); err != nil {
		log.Fatalln(err)
	}
}

// New is the Proxy factory.
func New(localHost string, handler http.Handler) *Proxy {
	return &Proxy{
		State:     Setup,
		localHost: localHost,
		handler:   handler,
		mutex:     &sync.RWMutex{},
	}
}
