package sharedstate

import "sync"

// BackgroundCounter runs a loop in the background too, but Add's check and act are reported because Reset changes total
// under the lock: that, not the background loop, is what shows threads share it. Its loop shares its name with
// Monitor's in confined.go on purpose: starting this one does not start Monitor's on another goroutine.
type BackgroundCounter struct {
	mu    sync.Mutex
	total int
	tick  chan int
}

func NewBackgroundCounter() *BackgroundCounter {
	c := &BackgroundCounter{tick: make(chan int)}
	go c.loop()
	return c
}

func (c *BackgroundCounter) loop() {
	for range c.tick {
	}
}

func (c *BackgroundCounter) Reset() {
	c.mu.Lock()
	c.total = 0 // Secondary [concurrency]
	c.mu.Unlock()
}

func (c *BackgroundCounter) Add(n int) {
	if c.total+n > 100 { // Secondary [check]
		return
	}
	c.total += n // Noncompliant [TOCTOU001] {{c.total is checked at line 32 and changed at line 35 by c.total, with no lock held at either point}}
}
