package sharedstate

import "sync"

// Every caller of notify holds c.lock: Set defers notify after the deferred Unlock, so notify runs first, still
// under the lock. Drop defers notifyDropped before it takes the lock, so that call runs after the Unlock.
type Subscriptions struct {
	lock        sync.Mutex
	subscribers map[string]chan int
	values      map[string]int
}

func (c *Subscriptions) Set(id string, v int) {
	c.lock.Lock()
	defer c.lock.Unlock()
	defer c.notify(id, v)
	c.values[id] = v
}

func (c *Subscriptions) notify(id string, v int) {
	ch, ok := c.subscribers[id]
	if !ok {
		return
	}
	ch <- v
	delete(c.subscribers, id)
}

func (c *Subscriptions) Drop(id string) {
	defer c.notifyDropped(id)
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.values, id)
}

func (c *Subscriptions) notifyDropped(id string) {
	if _, ok := c.subscribers[id]; ok { // Secondary [check]
		delete(c.subscribers, id) // Noncompliant [TOCTOU001] {{c.subscribers[id] is checked at line 37 and changed at line 38 by delete(c.subscribers, id), with no lock held at either point}}
	}
}

// removeLocked is called through a parameter and through a field of its type; both callers hold that object's mut.
type Mapping struct {
	mut       sync.Mutex
	addresses map[string]int
}

func (m *Mapping) removeLocked(id string) {
	if _, ok := m.addresses[id]; ok {
		delete(m.addresses, id)
	}
}

type Service struct {
	current *Mapping
}

func (s *Service) verify(mapping *Mapping, id string) {
	mapping.mut.Lock()
	defer mapping.mut.Unlock()
	mapping.removeLocked(id)
}

func (s *Service) verifyCurrent(id string) {
	s.current.mut.Lock()
	s.current.removeLocked(id)
	s.current.mut.Unlock()
}

// The only caller of renameLocked holds another object's lock, not the one the callee's receiver has.
type Names struct {
	mut   sync.Mutex
	names map[string]string
}

func (n *Names) renameLocked(from, to string) {
	if name, ok := n.names[from]; ok { // Secondary [check]
		n.names[to] = name // Noncompliant [TOCTOU001] {{n.names[from] is checked at line 77 and changed at line 78 by n.names[to], which is safe only if every caller holds n.mut, as the name renameLocked says; this analysis found no caller in the package that holds it}}
	}
}

func (s *Service) rename(names *Names, other *Mapping, from, to string) {
	other.mut.Lock()
	defer other.mut.Unlock()
	names.renameLocked(from, to)
}

// A lock held through the sync.Locker interface is a lock.
type Promise struct {
	lock    sync.Locker
	waiting int
}

func (p *Promise) Wait() {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.waitLocked()
}

func (p *Promise) waitLocked() {
	if p.waiting == 0 {
		p.waiting++
	}
}

// Each branch marks the key through mark, which takes the write lock itself: two acquisitions, each after the check.
type Tracker struct {
	mu   sync.RWMutex
	done map[string]bool
}

func (t *Tracker) mark(k string) {
	t.mu.Lock()
	t.done[k] = true
	t.mu.Unlock()
}

func (t *Tracker) Process(k string, fast bool) {
	t.mu.RLock()
	seen := t.done[k] // Secondary [check]
	t.mu.RUnlock()
	if seen {
		return
	}
	if fast {
		t.mark(k) // Noncompliant [TOCTOU001] {{t.done[k] is checked at line 120 and changed at line 126 and 129 by t.mark(k), checked under the read lock t.mu and changed under the write lock taken at line 126 and 129, inside mark() without re-checking}}
		return
	}
	t.mark(k)
}

// Most calls of popError are made holding the client's lock; Inspect's is not.
type FakeClient struct {
	sync.Mutex
	errors map[string]error
}

func (f *FakeClient) InjectError(op string, err error) {
	f.Lock()
	defer f.Unlock()
	f.errors[op] = err
}

func (f *FakeClient) popError(op string) error {
	err, ok := f.errors[op] // Secondary [check]
	if !ok {
		return nil
	}
	delete(f.errors, op) // Noncompliant [TOCTOU001] {{f.errors[op] is checked at line 145 and changed at line 149 by delete(f.errors, op), with no lock held at either point in popError: 2 of the 3 calls to it in the package hold the lock on f, but FakeClient.Inspect calls it without}}
	return err
}

func (f *FakeClient) Start() error {
	f.Lock()
	defer f.Unlock()
	return f.popError("start")
}

func (f *FakeClient) Stop() error {
	f.Lock()
	defer f.Unlock()
	return f.popError("stop")
}

func (f *FakeClient) Inspect() error {
	return f.popError("inspect")
}

// Every caller of evict holds r.mu, except one that calls it on a Routes it made and starts nothing concurrent (a
// test does that): no other goroutine can reach that object, so the call needs no lock.
type Routes struct {
	mu     sync.Mutex
	byHost map[string]int
}

func (r *Routes) evict(host string) {
	if _, ok := r.byHost[host]; ok {
		delete(r.byHost, host)
	}
}

func (r *Routes) Remove(host string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.evict(host)
}

func checkEvict() bool {
	routes := &Routes{byHost: map[string]int{"a": 1}}
	routes.Remove("b")
	routes.evict("a")
	return len(routes.byHost) == 0
}

// A caller that makes the object and then starts a goroutine could have handed it on: its unlocked call counts.
type Peers struct {
	mu     sync.Mutex
	byName map[string]int
}

func (p *Peers) forget(name string) {
	if _, ok := p.byName[name]; ok { // Secondary [check]
		delete(p.byName, name) // Noncompliant [TOCTOU001] {{p.byName[name] is checked at line 202 and changed at line 203 by delete(p.byName, name), with no lock held at either point in forget: 1 of the 2 calls to it in the package holds p.mu, but runPeers calls it without}}
	}
}

func (p *Peers) Forget(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.forget(name)
}

func runPeers() {
	peers := &Peers{byName: map[string]int{}}
	go peers.Forget("a")
	peers.forget("b")
}

// Names' map is locked here: it is shared state of Names (a field of the same name that another type locks would not
// say so).
func (n *Names) Set(from, to string) {
	n.mut.Lock()
	n.names[from] = to
	n.mut.Unlock()
}

// cell's setLocked needs c.lock held. Both callers hold it through a type that embeds cell: one calls the promoted
// method, one names the embedded field; the lock they take is cell's own, promoted.
type cell struct {
	lock    sync.Locker
	waiting int
	active  int
	set     bool
}

func (c *cell) Wait() {
	c.lock.Lock()
	c.waiting++
	c.lock.Unlock()
}

func (c *cell) setLocked() {
	c.set = true
	if c.waiting > 0 {
		c.active += c.waiting
		c.waiting = 0
	}
}

type onceCell struct {
	cell
}

func (o *onceCell) Set() bool {
	o.lock.Lock()
	defer o.lock.Unlock()
	if o.set {
		return false
	}
	o.cell.setLocked()
	return true
}

type manyCell struct {
	cell
}

func (m *manyCell) Set() {
	m.lock.Lock()
	defer m.lock.Unlock()
	m.setLocked()
}

// A call of the promoted method from a type that embeds gauge is a call of drainLocked too, and this one holds no lock.
type gauge struct {
	lock    sync.Locker
	waiting int
	active  int
}

func (g *gauge) Wait() {
	g.lock.Lock()
	g.waiting++
	g.lock.Unlock()
}

func (g *gauge) drainLocked() {
	if g.waiting > 0 {
		g.active += g.waiting
		g.waiting = 0 // Noncompliant [TOCTOU001] {{g.waiting is checked at line 288 and changed at line 290 by g.waiting, which is safe only if every caller holds g.lock, as the name drainLocked says; 1 of the 2 calls to it in the package holds it, but looseGauge.Drain calls it without}}
	}
}

type lockedGauge struct {
	gauge
}

func (l *lockedGauge) Drain() {
	l.lock.Lock()
	defer l.lock.Unlock()
	l.gauge.drainLocked()
}

type looseGauge struct {
	gauge
}

func (l *looseGauge) Drain() {
	l.drainLocked()
}
