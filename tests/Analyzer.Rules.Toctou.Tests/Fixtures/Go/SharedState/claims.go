package sharedstate

import "sync"

// A claim given back: the test and the claim are one step under the lock, and the release only returns what this call
// claimed. Others see the claim and stay away meanwhile; a count changed by one keeps what they added.
type Uploader struct {
	mu       sync.Mutex
	busy     bool
	inflight int
	sent     int
}

func (u *Uploader) Flush() bool {
	u.mu.Lock()
	if u.busy {
		u.mu.Unlock()
		return false
	}
	u.busy = true
	u.mu.Unlock()

	u.upload()

	u.mu.Lock()
	u.busy = false
	u.mu.Unlock()
	return true
}

func (u *Uploader) Send() bool {
	u.mu.Lock()
	ok := u.inflight >= 0
	if ok {
		u.inflight++
	}
	u.mu.Unlock()
	if !ok {
		return false
	}
	u.upload()
	u.mu.Lock()
	u.inflight--
	u.mu.Unlock()
	return true
}

// Setting the count back to zero is no release of one claim: it wipes out what other senders added in between.
func (u *Uploader) SendBatch() bool {
	u.mu.Lock()
	ok := u.sent < 100
	if ok {
		u.sent++
	}
	u.mu.Unlock()
	if !ok {
		return false
	}
	u.upload()
	u.mu.Lock()
	u.sent = 0 // Noncompliant [TOCTOU001] {{u.sent is checked at line 51 and changed at line 61 by u.sent, and u.mu is released and re-taken at line 60 in between}}
	u.mu.Unlock()
	return true
}

func (u *Uploader) upload() {}

func (u *Uploader) Run() {
	for i := 0; i < 3; i++ {
		go u.Flush()
		go u.Send()
		go u.SendBatch()
	}
}
