package sharedstate

import (
	"sync"
	"sync/atomic"
)

// Acceptor counts each connection's goroutine after testing that it is open, with the lock released in between;
// Shutdown sets the flag under the lock and then waits for what was counted.
type Acceptor struct {
	mu     sync.Mutex
	closed bool
	conns  sync.WaitGroup
}

func (l *Acceptor) Accept(handle func()) {
	l.mu.Lock()
	closed := l.closed // Secondary [check]
	l.mu.Unlock()
	if closed {
		return
	}
	l.conns.Add(1) // Noncompliant [TOCTOU001] {{l.closed is checked at line 18 and decides l.conns.Add(1) at line 23, which counts work in l.conns that Acceptor.Shutdown waits for at line 34 after it sets l.closed at line 32, with no lock held from the check to the count: a Shutdown between the two finds nothing counted and returns while the work starts anyway}}
	go func() {
		defer l.conns.Done()
		handle()
	}()
}

func (l *Acceptor) Shutdown() {
	l.mu.Lock()
	l.closed = true // Secondary [act]
	l.mu.Unlock()
	l.conns.Wait() // Secondary [concurrency]
}

// Turnstile tests and counts under the read lock its closer takes for writing: a close cannot come between.
type Turnstile struct {
	mu     sync.RWMutex
	closed bool
	work   sync.WaitGroup
}

func (t *Turnstile) Enter() bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if t.closed {
		return false
	}
	t.work.Add(1)
	return true
}

func (t *Turnstile) Leave() { t.work.Done() }

func (t *Turnstile) Close() {
	t.mu.Lock()
	t.closed = true
	t.mu.Unlock()
	t.work.Wait()
}

// Flusher's flag is a word changed only atomically: Stop's store is guarded, but the test and the count are two steps.
type Flusher struct {
	stopped int32
	pending sync.WaitGroup
}

func (f *Flusher) Flush(write func()) {
	if atomic.LoadInt32(&f.stopped) == 1 { // Secondary [check]
		return
	}
	f.pending.Add(1) // Noncompliant [TOCTOU001] {{f.stopped is checked at line 70 and decides f.pending.Add(1) at line 73, which counts work in f.pending that Flusher.Stop waits for at line 82 after it sets f.stopped at line 81, with no lock held from the check to the count: a Stop between the two finds nothing counted and returns while the work starts anyway}}
	go func() {
		defer f.pending.Done()
		write()
	}()
}

func (f *Flusher) Stop() {
	atomic.StoreInt32(&f.stopped, 1) // Secondary [act]
	f.pending.Wait()                 // Secondary [concurrency]
}
