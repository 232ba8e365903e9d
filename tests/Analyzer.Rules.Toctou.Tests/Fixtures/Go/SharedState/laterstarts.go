package sharedstate

import "sync"

// A type with a lock is built for threads. A test that lets a goroutine start only once, made and set outside that
// lock, lets two callers both pass it and start two.
type Heartbeat struct {
	mu      sync.Mutex
	running bool
	worker  *beatWorker
	stopCh  chan struct{}
	peers   []string
	period  int
}

type beatWorker struct{}

func (w *beatWorker) run() {}

func (h *Heartbeat) AddPeer(p string) {
	h.mu.Lock()
	h.peers = append(h.peers, p)
	h.mu.Unlock()
}

func (h *Heartbeat) Start() {
	if h.running { // Secondary [check]
		return
	}
	h.running = true // Noncompliant [TOCTOU001] {{h.running is checked at line 27 and changed at line 30 by h.running, with no lock held at either point, though Heartbeat has a lock, mu; two callers that run it at once can both pass the test and both reach the start at line 32, so it starts twice}}
	h.stopCh = make(chan struct{})
	go h.loop()
}

func (h *Heartbeat) ensureWorker() {
	if h.worker == nil { // Secondary [check]
		h.worker = &beatWorker{} // Noncompliant [TOCTOU001] {{h.worker is checked at line 36 and changed at line 37 by h.worker, with no lock held at either point; two callers that run it at once can both pass the test and both reach the start at line 38, so it starts twice}}
		go h.worker.run()
	}
}

func (h *Heartbeat) loop() {}

// The test and the start under one hold of the lock: one caller starts it.
func (h *Heartbeat) StartLocked() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.worker != nil {
		return
	}
	h.worker = &beatWorker{}
	go h.worker.run()
}

// A test that starts nothing is the type's configuration, not a start: left alone.
func (h *Heartbeat) setDefaultPeriod() {
	if h.period == 0 {
		h.period = 10
	}
}

// With no lock in the type, nothing shows that two callers share one Relay.
type Pump struct {
	running bool
}

func (p *Pump) Start() {
	if p.running {
		return
	}
	p.running = true
	go p.loop()
}

func (p *Pump) loop() {}
