package sharedstate

import "sync"

// A select that returns when the channel is closed, and closes it after, tests and closes as the default-case form
// does: what follows the select runs only when no case was ready.
type Relay struct {
	mu      sync.Mutex
	done    chan struct{}
	stopped chan struct{}
}

func (r *Relay) shutdown() {
	select {
	case <-r.done: // Secondary [check]
		return
	default:
	}
	close(r.done) // Noncompliant [TOCTOU001] {{r.done is checked at line 15 and changed at line 19 by close(r.done), with no lock held at either point, while shutdown is started in parallel at line 45, in a loop; two callers that run it at once can both pass the test and both reach close(r.done) at line 19, which fails when it is made twice}}
}

// Under one lock the test and the close are one step.
func (r *Relay) stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	select {
	case <-r.stopped:
		return
	default:
	}
	close(r.stopped)
}

// A case that only breaks out of the select leaves what follows undecided by it.
func (r *Relay) drain() {
	select {
	case <-r.stopped:
	default:
	}
	r.stopped = make(chan struct{})
}

func (r *Relay) Serve(n int) {
	for i := 0; i < n; i++ {
		go r.shutdown()
	}
	r.stop()
	r.drain()
}

// A lock of the type alone is no evidence for the default-case form: a service's loop, which one goroutine runs,
// closes its started channel the same way.
type Watch struct {
	mu      sync.Mutex
	started chan struct{}
	names   []string
}

func (w *Watch) Serve() {
	select {
	case <-w.started:
	default:
		close(w.started)
	}
}

func (w *Watch) Add(name string) {
	w.mu.Lock()
	w.names = append(w.names, name)
	w.mu.Unlock()
}
