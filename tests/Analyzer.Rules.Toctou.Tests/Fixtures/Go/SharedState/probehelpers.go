package sharedstate

import "sync"

// A peer's data channel: a callback of the transport wakes a blocked writer through more, and closing tears both down.
type dataPipe struct {
	closeMu sync.Mutex
	closed  chan struct{}
	more    chan struct{}
}

func (p *dataPipe) isClosed() bool {
	select {
	case <-p.closed:
		return true
	default:
		return false
	}
}

// The test asks the helper whether closed is closed; close can run between it and the send, which then panics.
func (p *dataPipe) onDrained() {
	if p.isClosed() { // Secondary [check]
		return
	}
	p.more <- struct{}{} // Noncompliant [TOCTOU001] {{p.closed is checked at line 23 and decides p.more <- struct{}{} at line 26, while dataPipe.close changes p.closed and p.more together under p.closeMu at line 48 and 49, with no lock held at either point}}
}

// Under the lock close takes, the test and the send are one step for it.
func (p *dataPipe) onDrainedLocked() {
	p.closeMu.Lock()
	defer p.closeMu.Unlock()
	if p.isClosed() {
		return
	}
	select {
	case p.more <- struct{}{}:
	default:
	}
}

func (p *dataPipe) close() {
	p.closeMu.Lock()
	defer p.closeMu.Unlock()
	if p.isClosed() {
		return
	}
	close(p.closed)
	close(p.more)
}
