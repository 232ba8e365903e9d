// https://github.com/saucelabs/forwarder/issues/28 (closed by https://github.com/saucelabs/forwarder/pull/65)
// Fixed shape (the direction; the PR diff was not visible): the running check and the state
// change happen under one write lock, so only the first Run call goes on to serve.
package proxy

import (
	"log"
	"net/http"
	"sync"
)

type runState string

const (
	runStateSetup   runState = "Setup"
	runStateRunning runState = "Running"
)

type SafeProxy struct {
	state     runState
	localHost string
	handler   http.Handler
	mutex     sync.Mutex
}

func (p *SafeProxy) Run() {
	p.mutex.Lock()
	if p.state == runStateRunning {
		p.mutex.Unlock()
		log.Println("Proxy is already running")
		return
	}
	p.state = runStateRunning
	p.mutex.Unlock()

	log.Printf("Proxy to start at %s", p.localHost)

	if err := http.ListenAndServe(p.localHost, p.handler); err != nil {
		log.Fatalln(err)
	}
}

func NewSafeProxy(localHost string, handler http.Handler) *SafeProxy {
	return &SafeProxy{
		state:     runStateSetup,
		localHost: localHost,
		handler:   handler,
	}
}
