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

// One call per key at a time: the first caller puts its call in the map under the lock, later callers wait for it, and
// the first takes its own entry out when done.
type flight struct {
	wg  sync.WaitGroup
	val string
}

type Dedup struct {
	mu      sync.Mutex
	flights map[string]*flight
}

func (d *Dedup) Do(key string, fn func() string) string {
	d.mu.Lock()
	if f, ok := d.flights[key]; ok {
		d.mu.Unlock()
		f.wg.Wait()
		return f.val
	}
	f := &flight{}
	f.wg.Add(1)
	d.flights[key] = f
	d.mu.Unlock()

	f.val = fn()
	f.wg.Done()

	d.mu.Lock()
	delete(d.flights, key)
	d.mu.Unlock()
	return f.val
}

func (d *Dedup) Run() {
	for i := 0; i < 3; i++ {
		go d.Do("a", func() string { return "b" })
	}
}
