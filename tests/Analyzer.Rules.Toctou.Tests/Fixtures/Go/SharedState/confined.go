package sharedstate

import "sync"

// Monitor's zones map is touched only by the methods its one monitor goroutine runs (refresh takes mu around its own
// use, but no other goroutine ever gets there); pending is also written by Queue, which any caller can run.
type Monitor struct {
	mu      sync.Mutex
	zones   map[string]int
	pending map[string]int
	workers map[string]int
}

func NewMonitor() *Monitor {
	m := &Monitor{}
	m.zones = map[string]int{}
	m.pending = map[string]int{}
	m.workers = map[string]int{}
	return m
}

func (m *Monitor) Run(stop <-chan struct{}, n int) {
	go m.loop(stop)
	for i := 0; i < n; i++ {
		go m.work()
	}
}

func (m *Monitor) loop(stop <-chan struct{}) {
	for {
		select {
		case <-stop:
			return
		default:
			m.monitor("a")
		}
	}
}

func (m *Monitor) monitor(zone string) {
	m.refresh(zone)
	if _, ok := m.zones[zone]; !ok {
		m.zones[zone] = 1
	}
	if _, ok := m.pending[zone]; !ok {
		m.pending[zone] = 1 // Noncompliant [TOCTOU001] {{m.pending[zone] is checked at line 45 and changed at line 46 by m.pending[zone], with no lock held at either point}}
	}
}

func (m *Monitor) refresh(zone string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.zones[zone] > 3 {
		delete(m.zones, zone)
	}
}

func (m *Monitor) Queue(zone string) {
	m.mu.Lock()
	m.pending[zone] = 2
	m.mu.Unlock()
}

// Started once per worker: several goroutines run work at the same time.
func (m *Monitor) work() {
	m.mu.Lock()
	m.workers["seen"]++
	m.mu.Unlock()
	if m.workers["idle"] == 0 {
		m.workers["idle"] = 1 // Noncompliant [TOCTOU001] {{m.workers["idle"] is checked at line 69 and changed at line 70 by m.workers["idle"], with no lock held at either point, while work is started in parallel at line 25, in a loop}}
	}
}
