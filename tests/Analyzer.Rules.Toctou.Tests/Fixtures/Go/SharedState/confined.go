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

// Syncer's versions map is touched only by the one sync goroutine; a function literal called where it is written (the
// critical section in syncAll) runs on that goroutine too.
type Syncer struct {
	mu       sync.RWMutex
	statuses map[string]int
	versions map[string]int
	requests chan string
}

func (s *Syncer) Set(key string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.statuses[key] = status
}

func (s *Syncer) Start() {
	go func() {
		for key := range s.requests {
			s.syncOne(key)
			s.syncAll()
		}
	}()
}

func (s *Syncer) syncAll() {
	func() {
		s.mu.RLock()
		defer s.mu.RUnlock()
		for key := range s.versions {
			if _, ok := s.statuses[key]; !ok {
				delete(s.versions, key)
			}
		}
	}()
}

func (s *Syncer) syncOne(key string) {
	s.versions[key] = 1
}

// Poller's backoff is changed only by its one poll goroutine; Backoff reads it (under mu) from any goroutine, for a
// status page, and a read cannot make the poll goroutine's check go stale. Its delays map is also replaced by Reset,
// which any caller can run.
type Poller struct {
	mu      sync.Mutex
	backoff int
	delays  map[string]int
}

func (p *Poller) Start() {
	go p.poll()
}

func (p *Poller) poll() {
	for {
		if p.backoff == 0 {
			p.backoff = 1
		}
		if _, ok := p.delays["a"]; !ok {
			p.delays["a"] = 1 // Noncompliant [TOCTOU001] {{p.delays["a"] is checked at line 132 and changed at line 133 by p.delays["a"], with no lock held at either point, while Poller.Reset changes it at the same time: Start starts poll at line 124 on its receiver, and nothing in the package calls Reset on a known object: other code calls it at any time}}
		}
	}
}

func (p *Poller) Backoff() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.backoff
}

func (p *Poller) Reset() {
	p.mu.Lock()
	p.delays = map[string]int{}
	p.mu.Unlock()
}
