package sharedstate

import (
	"sync"
	"time"
)

// Ticker's poke tests the timer and then calls through the field again, while Halt, which its starter calls at the
// same time, sets it to nil: the call can run on nil.
type Ticker struct {
	timer *time.Timer
}

func (t *Ticker) poke() {
	if t.timer != nil { // Secondary [check]
		t.timer.Reset(time.Second) // Noncompliant [TOCTOU001] {{t.timer is checked at line 15 and used at line 16 by t.timer.Reset(time.Second), which reads it again, while Ticker.Halt empties it at line 21, with no lock held at either point, while Ticker.Halt changes it at the same time: runTicker starts poke at line 26 and then calls Halt at line 27}}
	}
}

func (t *Ticker) Halt() {
	t.timer = nil // Secondary [act]
}

func runTicker() {
	t := &Ticker{timer: time.NewTimer(time.Second)}
	go t.poke() // Secondary [concurrency]
	t.Halt()    // Secondary [concurrency]
}

// Dialer tests and calls under the read lock that its clearing takes for writing: the clearing cannot come between.
// Its flush holds its lock too, but drop clears without it.
type Dialer struct {
	mu   sync.RWMutex
	conn *time.Timer
	last *time.Timer
}

func (d *Dialer) Poke() {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if d.conn != nil {
		d.conn.Reset(time.Second)
	}
}

func (d *Dialer) Close() {
	d.mu.Lock()
	d.conn = nil
	d.mu.Unlock()
}

func (d *Dialer) Flush() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.last != nil { // Secondary [check]
		d.last.Stop() // Noncompliant [TOCTOU001] {{d.last is checked at line 55 and used at line 56 by d.last.Stop(), which reads it again, while Dialer.Drop empties it at line 61, under d.mu, which Dialer.Drop does not hold when it empties it}}
	}
}

func (d *Dialer) Drop() {
	d.last = nil // Secondary [act]
}

// Session's Close tests, closes and clears its connection without the lock Send takes for it: two Closes at once can
// both pass the test, and the later one closes nil; Send, under its lock, can call through what Close clears.
type Session struct {
	mu   sync.Mutex
	conn *time.Timer
}

func (s *Session) Send() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil { // Secondary [check]
		s.conn.Reset(time.Second) // Noncompliant [TOCTOU001] {{s.conn is checked at line 74 and used at line 75 by s.conn.Reset(time.Second), which reads it again, while Session.Close empties it at line 82, under s.mu, which Session.Close does not hold when it empties it}}
	}
}

func (s *Session) Close() {
	if s.conn != nil { // Secondary [check]
		s.conn.Stop() // Noncompliant [TOCTOU001] {{s.conn is checked at line 80 and used at line 81 by s.conn.Stop(), which reads it again, while another run of Session.Close empties it at line 82, with no lock held at either point}}
		s.conn = nil  // Secondary [act]
	}
}

// Job's Cancel tests its cancel function, calls it and clears it: two Cancels at once can both pass the test, and the
// later one calls nil.
type Job struct {
	cancel func()
}

func (j *Job) Cancel() {
	if j.cancel != nil { // Secondary [check]
		j.cancel()     // Noncompliant [TOCTOU001] {{j.cancel is checked at line 93 and used at line 94 by j.cancel(), which reads it again, while another run of Job.Cancel empties it at line 95, with no lock held at either point, while Cancel is started in parallel at line 100}}
		j.cancel = nil // Secondary [act]
	}
}

func cancelTwice(j *Job) {
	go j.Cancel() // Secondary [concurrency]
	go j.Cancel()
}

// SubjectSet's removeOne tests and uses the subject list holding both its caller's mu and listMu; stop empties the list
// under listMu only, which is enough to keep it out between them.
type SubjectSet struct {
	mu     sync.Mutex
	listMu sync.Mutex
	list   *subjectList
}

type subjectList struct{}

func (l *subjectList) Remove(k string) {}

func (s *SubjectSet) removeOne(k string) {
	s.listMu.Lock()
	if s.list != nil {
		s.list.Remove(k)
	}
	s.listMu.Unlock()
}

func (s *SubjectSet) stop() {
	s.listMu.Lock()
	s.list = nil
	s.listMu.Unlock()
}

func (s *SubjectSet) Drop(k string) {
	s.mu.Lock()
	s.removeOne(k)
	s.mu.Unlock()
}

func StartSubjects(s *SubjectSet) {
	go s.stop()
}
