package lazymaps

import "sync"

// Reuse makes an entry on first use with no lock, in a type that has one: two goroutines can both make it.
type Manager struct {
	mu     sync.Mutex // Secondary [concurrency]
	counts map[string]int
	reuse  map[string][]string
}

func (m *Manager) Count(k string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[k]++
}

func (m *Manager) Reuse(id string) []string {
	if _, ok := m.reuse[id]; !ok {
		m.reuse[id] = make([]string, 0) // Noncompliant [TOCTOU001] {{m.reuse[id] is checked at line 19 and changed at line 20 by m.reuse[id], with no lock held at either point, though Manager has a lock, mu; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return m.reuse[id]
}

// The same in a type with no lock and no other sign of goroutines.
type Plain struct {
	reuse map[string][]string
}

func (p *Plain) Reuse(id string) []string {
	if _, ok := p.reuse[id]; !ok {
		p.reuse[id] = make([]string, 0)
	}
	return p.reuse[id]
}

// One call fills two fields on first use, in a type that has a lock.
type Runner struct {
	mu     sync.Mutex
	n      int
	conn   *Conn
	closer func()
}

type Conn struct{}

func dial() (*Conn, func()) { return &Conn{}, func() {} }

func (r *Runner) Inc() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n++
}

func (r *Runner) Conn() *Conn {
	if r.conn == nil {
		r.conn, r.closer = dial() // Noncompliant [TOCTOU001] {{r.conn is checked at line 56 and changed at line 57 by r.conn, with no lock held at either point, though Runner has a lock, mu; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return r.conn
}
