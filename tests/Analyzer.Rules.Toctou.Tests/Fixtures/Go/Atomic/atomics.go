package atomics

import "sync/atomic"

// Conn has no mutex, but its closed flag is an atomic word: it is shared by construction.
type Conn struct {
	closed atomic.Bool
	state  int32
	done   chan struct{}
}

func (c *Conn) Close() {
	if c.closed.Load() { // Secondary [check]
		return
	}
	c.closed.Store(true) // Noncompliant {{c.closed is checked at line 13 and changed at line 16 by c.closed.Store(true), with no lock held at either point; two callers that run it at once can both pass the test and both reach close(c.done) at line 17, which fails when it is made twice}}
	close(c.done)
}

// One compare-and-swap checks and sets: the fix.
func (c *Conn) CloseOnce() {
	if !c.closed.CompareAndSwap(false, true) {
		return
	}
	close(c.done)
}

func (c *Conn) Start() {
	if atomic.LoadInt32(&c.state) == 0 { // Secondary [check] // Secondary [concurrency] {{reads c.state with atomic.LoadInt32, an atomic call: a sign that threads share it}}
		atomic.StoreInt32(&c.state, 1) // Noncompliant {{c.state is checked at line 29 and changed at line 30 by atomic.StoreInt32(&c.state, 1), with no lock held at either point}}
	}
}

func (c *Conn) StartOnce() bool {
	return atomic.CompareAndSwapInt32(&c.state, 0, 1)
}

// An add changes the word atomically but checks nothing: two callers can both pass the bound and both add.
type Limiter struct {
	inFlight atomic.Int64
	served   int64
}

func (l *Limiter) Acquire(max int64) bool {
	if l.inFlight.Load() >= max { // Secondary [check]
		return false
	}
	l.inFlight.Add(1) // Noncompliant {{l.inFlight is checked at line 45 and changed at line 48 by l.inFlight.Add(1), with no lock held at either point}}
	return true
}

// Adding first and taking it back when over the bound decides by the value the add returns: the fix.
func (l *Limiter) TryAcquire(max int64) bool {
	if l.inFlight.Add(1) > max {
		l.inFlight.Add(-1)
		return false
	}
	return true
}

// A counter that is only added to checks nothing.
func (l *Limiter) Served() {
	atomic.AddInt64(&l.served, 1)
}

// A helper whose write is a compare-and-swap decides it by the value it finds: the caller's earlier load only saves
// the call.
type Gate struct {
	state int32
	opens int32
}

func (g *Gate) Open() {
	if atomic.LoadInt32(&g.state) == 0 {
		g.tryOpen()
	}
}

func (g *Gate) tryOpen() bool {
	return atomic.CompareAndSwapInt32(&g.state, 0, 1)
}

// A helper that stores without a test does not.
func (g *Gate) OpenBlindly() {
	if atomic.LoadInt32(&g.opens) == 0 { // Secondary [check]
		g.markOpen() // Noncompliant {{g.opens is checked at line 85 and changed at line 86 by g.markOpen(), with no lock held at either point}}
	}
}

func (g *Gate) markOpen() {
	atomic.StoreInt32(&g.opens, 1)
}

// A pointer to a word that several writers share: the atomic call that reads it is what shows threads share it; the
// pointer's type is no type built for threads.
type Quota struct {
	left *int64
}

func (q Quota) Take(n int64) bool {
	if atomic.LoadInt64(q.left) < n { // Secondary [check] // Secondary [concurrency] {{reads q.left with atomic.LoadInt64, an atomic call: a sign that threads share it}}
		return false
	}
	atomic.AddInt64(q.left, -n) // Noncompliant {{q.left is checked at line 101 and changed at line 104 by atomic.AddInt64(q.left, -n), with no lock held at either point}}
	return true
}

// Copies started side by side that each load the word and store their increment lose each other's: two atomic calls
// are two steps. One add is one step.
type Odometer struct {
	trips int64
}

func (o *Odometer) addTrip() {
	trips := atomic.LoadInt64(&o.trips) // Secondary [check]
	atomic.StoreInt64(&o.trips, trips+1) // Noncompliant {{o.trips is read at line 115 and changed at line 116 by atomic.StoreInt64(&o.trips, trips+1) to a value made from what was read, with no lock held at either point, while addTrip is started in parallel at line 125, in a loop}}
}

func (o *Odometer) addTripAtOnce() {
	atomic.AddInt64(&o.trips, 1)
}

func Drive(o *Odometer, n int) {
	for i := 0; i < n; i++ {
		go o.addTrip() // Secondary [concurrency]
		go o.addTripAtOnce()
	}
}
