package sharedstate

import "sync"

// Mailroom's lock is its condition variable's L: Deliver holds it from the check to the insert, Sort lets go between
// them, and Collect waits on the condition, which hands the lock back before Wait returns.
type Mailroom struct {
	cond   *sync.Cond
	posted map[string]bool
	queue  []string
}

func NewMailroom() *Mailroom {
	return &Mailroom{cond: sync.NewCond(&sync.Mutex{}), posted: map[string]bool{}}
}

func (m *Mailroom) Deliver(id string) {
	m.cond.L.Lock()
	defer m.cond.L.Unlock()
	if m.posted[id] {
		return
	}
	m.posted[id] = true
	m.queue = append(m.queue, id)
	m.cond.Signal()
}

func (m *Mailroom) Sort(id string) {
	m.cond.L.Lock()
	seen := m.posted[id] // Secondary [check]
	m.cond.L.Unlock()
	if seen {
		return
	}
	m.cond.L.Lock()
	m.posted[id] = true // Noncompliant {{m.posted[id] is checked at line 30 and changed at line 36 by m.posted[id], and m.cond.L is released and re-taken at line 35 in between}}
	m.cond.L.Unlock()
}

func (m *Mailroom) Collect() string {
	m.cond.L.Lock()
	defer m.cond.L.Unlock()
	for len(m.queue) == 0 {
		m.cond.Wait()
	}
	id := m.queue[0]
	m.queue = m.queue[1:]
	return id
}

func RunMailroom(m *Mailroom, ids []string) {
	for _, id := range ids {
		go m.Deliver(id)
		go m.Sort(id)
		go m.Collect()
	}
}
