package sharedstate

import (
	"sync"
	"time"
)

// A type with a lock is built for threads. A test that lets a goroutine start only once, made and set outside that
// lock, lets two callers both pass it and start two.
type Heartbeat struct {
	mu      sync.Mutex
	running bool
	worker  *beatWorker
	stopCh  chan struct{}
	peers   []string
	period  int
	timer   *time.Timer
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
	h.running = true // Noncompliant [TOCTOU001] {{h.running is checked at line 31 and changed at line 34 by h.running, with no lock held at either point, though Heartbeat has a lock, mu; two callers that run it at once can both pass the test and both start the task made at line 36, so it runs twice}}
	h.stopCh = make(chan struct{})
	go h.loop()
}

func (h *Heartbeat) ensureWorker() {
	if h.worker == nil { // Secondary [check]
		h.worker = &beatWorker{} // Noncompliant [TOCTOU001] {{h.worker is checked at line 40 and changed at line 41 by h.worker, with no lock held at either point; two callers that run it at once can both pass the test and both start the task made at line 42, so it runs twice}}
		go h.worker.run()
	}
}

func (h *Heartbeat) loop() {}

// A timer stopped and then replaced by a new one: two callers can both stop the old one and both start a timer, and
// the one overwritten is never stopped.
func (h *Heartbeat) rearm(d time.Duration) {
	if h.timer != nil { // Secondary [check]
		h.timer.Stop()
	}
	h.timer = time.AfterFunc(d, h.loop) // Noncompliant [TOCTOU001] {{h.timer is checked at line 51 and replaced at line 54 by h.timer = time.AfterFunc(d, h.loop) after h.timer.Stop() at line 52 tears the old value down, so two callers that run it at once can both tear down the same old value and both store a new one, and the one overwritten is never torn down, with no lock held at either point, though Heartbeat has a lock, mu}}
}

// Stopped and replaced under one hold of the lock: one caller at a time.
type Metronome struct {
	mu    sync.Mutex
	timer *time.Timer
}

func (m *Metronome) tick() {}

func (m *Metronome) rearm(d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.timer != nil {
		m.timer.Stop()
	}
	m.timer = time.AfterFunc(d, m.tick)
}

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
