package sharedstate

import "sync"

// Queue admits work under q.mu, which lockAndTick takes and returns holding.
type Queue struct {
	mu      sync.Mutex
	running int
	limit   int
	ticks   int
}

func (q *Queue) lockAndTick() {
	q.mu.Lock()
	q.ticks++
}

func (q *Queue) unlock() {
	q.mu.Unlock()
}

// Start holds q.mu from lockAndTick to the deferred Unlock: the check and the act are under one acquisition.
func (q *Queue) Start(n int) bool {
	q.lockAndTick()
	defer q.mu.Unlock()
	if q.running+n > q.limit {
		return false
	}
	q.running += n
	return true
}

// Finish lets go of the lock through a helper between its check and its act.
func (q *Queue) Finish(n int) {
	q.lockAndTick() // Secondary [lock]
	if q.running >= n { // Secondary [check]
		q.unlock() // Secondary [lock]
		q.mu.Lock()
		q.running -= n // Noncompliant {{q.running is checked at line 36 and changed at line 39 by q.running, and q.mu is released and re-taken at line 38 in between}}
		q.mu.Unlock()
	}
}

// Index keeps entries by key; put takes s.mu itself.
type Index struct {
	mu    sync.Mutex
	byKey map[string]*Entry
}

type Entry struct {
	name string
}

func (s *Index) put(k string, v *Entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byKey[k] = v
}

// Ensure checks under s.mu, lets go, and inserts under a second acquisition inside put: two callers can both insert.
func (s *Index) Ensure(k string, v *Entry) *Entry {
	s.mu.Lock()
	if old := s.byKey[k]; old != nil { // Secondary [check]
		s.mu.Unlock()
		return old
	}
	s.mu.Unlock()
	s.put(k, v) // Noncompliant {{s.byKey[k] is checked at line 63 and changed at line 68 by s.put(k, v), and s.mu is released and re-taken at line 68, inside put() in between}}
	return v
}

// Get takes the lock in the helper and re-checks under it: safe whatever order the methods are analyzed in.
func (s *Index) Get(k string) *Entry {
	return s.getOrPut(k, 3)
}

func (s *Index) getOrPut(k string, depth int) *Entry {
	if depth == 0 {
		return nil
	}
	s.lockIndex()
	defer s.mu.Unlock()
	if e := s.byKey[k]; e != nil {
		return e
	}
	s.byKey[k] = &Entry{name: k}
	return s.retry(k, depth)
}

func (s *Index) retry(k string, depth int) *Entry {
	return s.getOrPut(k, depth-1)
}

func (s *Index) lockIndex() {
	s.mu.Lock()
}

// Window's only caller of resizeLocked holds the lock inside a function literal it calls in place.
type Window struct {
	sync.Mutex
	size     int
	capacity int
}

func (w *Window) resizeLocked() {
	if w.size > w.capacity {
		w.capacity = w.size * 2
	}
}

func (w *Window) Add(n int) {
	func() {
		w.Lock()
		defer w.Unlock()
		w.size += n
		w.resizeLocked()
	}()
}

// The literal's deferred Unlock runs when it returns: the act after it is unlocked.
func (w *Window) Shrink() {
	func() {
		w.Lock()
		defer w.Unlock()
	}()
	if w.capacity > w.size {
		w.capacity = w.size // Noncompliant [TOCTOU001] {{w.capacity is checked at line 126 and changed at line 127 by w.capacity, with no lock held at either point}}
	}
}

// init runs its body once per client: under mu it checks inited and sets it, so once Create has called it, its later
// call cannot write the pool again.
type PoolClient struct {
	mu      sync.Mutex
	inited  bool
	stopped bool
	pool    *Pool
}

type Pool struct {
	Name string
}

func (c *PoolClient) init() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inited {
		return
	}
	c.pool = &Pool{Name: "default"}
	c.inited = true
}

func (c *PoolClient) Create(name string) string {
	c.init()
	if c.pool.Name == name {
		return name
	}
	c.init()
	return c.pool.Name
}

// reset checks inited under mu but does not set it: its write of pool is not once-only, and the caller's unlocked
// check of pool.Name races with it.
func (c *PoolClient) reset(p *Pool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inited {
		c.pool = p
	}
}

func (c *PoolClient) Replace(name string, p *Pool) {
	if c.pool.Name != name { // Secondary [check]
		c.reset(p) // Noncompliant [TOCTOU001] {{c.pool.Name is checked at line 174 and changed at line 175 by c.reset(p) (on some paths through it), but the check runs before c.mu is taken at line 175, inside reset()}}
	}
}

// stop also runs once, but nothing ran it before Drain's check: the pool can change in between.
func (c *PoolClient) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return
	}
	c.pool = nil
	c.stopped = true
}

func (c *PoolClient) Drain(name string) {
	if c.pool.Name == name { // Secondary [check]
		c.stop() // Noncompliant [TOCTOU001] {{c.pool.Name is checked at line 191 and changed at line 192 by c.stop() (on some paths through it), but the check runs before c.mu is taken at line 192, inside stop()}}
	}
}

// fetch writes the pool only through init, which Rename ran on every path before its check.
func (c *PoolClient) fetch() *Pool {
	c.init()
	return c.pool
}

func (c *PoolClient) Rename(name string) *Pool {
	c.init()
	if c.pool.Name == name {
		return nil
	}
	return c.fetch()
}
