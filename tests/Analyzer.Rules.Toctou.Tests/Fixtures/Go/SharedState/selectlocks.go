package selectlocks

import (
	"sync"
	"time"
)

// Write lets go of the lock while it waits in a select, and every case takes it again: a select with no default runs
// one of its cases, so the lock is held after the loop and at every call of haltLocked.
type downloader struct {
	mu     sync.Mutex
	halted bool
	quit   chan struct{}
	kick   chan struct{}
	offset int64
	limit  int64
}

func (dl *downloader) Write(p []byte) {
	dl.mu.Lock()
	defer dl.mu.Unlock()
loop:
	for dl.offset >= dl.limit {
		timeout := time.NewTimer(time.Second)
		dl.mu.Unlock()
		select {
		case <-dl.quit:
			dl.mu.Lock()
			timeout.Stop()
			break loop
		case <-dl.kick:
			dl.mu.Lock()
			timeout.Stop()
		case <-timeout.C:
			dl.mu.Lock()
			if !dl.halted {
				dl.haltLocked()
			}
			break loop
		}
	}
	dl.offset += int64(len(p))
	if !dl.halted && dl.offset > 100 {
		dl.haltLocked()
	}
}

// haltLocked stops the download. Call with the mutex held.
func (dl *downloader) haltLocked() {
	if dl.halted {
		return
	}
	dl.halted = true
	close(dl.quit)
}

func (dl *downloader) Close() {
	dl.mu.Lock()
	dl.haltLocked()
	dl.mu.Unlock()
}

// Poll's select has a default that does not take the lock again: the call after it may run without the lock.
type poller struct {
	mu      sync.Mutex
	stopped bool
	done    chan struct{}
	wake    chan struct{}
}

func (p *poller) Poll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.mu.Unlock()
	select {
	case <-p.wake:
		p.mu.Lock()
	default:
	}
	p.stopLocked()
}

// stopLocked stops polling. Call with the mutex held.
func (p *poller) stopLocked() {
	if p.stopped { // Secondary [check]
		return
	}
	p.stopped = true // Noncompliant [TOCTOU001] {{p.stopped is checked at line 85 and changed at line 88 by p.stopped, which is safe only if every caller holds p.mu, as the name stopLocked says; 1 of the 2 calls to it in the package holds it, but poller.Poll calls it without; two callers that run it at once can both pass the test and both reach close(p.done) at line 89, which fails when it is made twice}}
	close(p.done)
}

func (p *poller) Close() {
	p.mu.Lock()
	p.stopLocked()
	p.mu.Unlock()
}
