package sharedstate

import (
	"sync"
	"time"
)

// Debouncer's Trigger stops the old timer when there is one and then stores a new one, with no lock: two Triggers at
// once can both stop the same old timer and both store a new one, and the timer stored first still fires.
type Debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
}

func (d *Debouncer) Trigger(f func()) {
	if d.timer != nil { // Secondary [check]
		d.timer.Stop() // Secondary [act]
	}
	d.timer = time.AfterFunc(time.Second, f) // Noncompliant [TOCTOU001] {{d.timer is checked at line 16 and replaced at line 19 by d.timer = time.AfterFunc(time.Second, f) after d.timer.Stop() at line 17 tears the old value down, so two callers that run it at once can both tear down the same old value and both store a new one, and the one overwritten is never torn down, with no lock held at either point}}
}

func (d *Debouncer) Cancel() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
}

// LockedDebouncer holds its lock from the test to the new timer.
type LockedDebouncer struct {
	mu    sync.Mutex
	timer *time.Timer
}

func (d *LockedDebouncer) Trigger(f func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(time.Second, f)
}

func (d *LockedDebouncer) Cancel() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
}
