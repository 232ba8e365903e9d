package sharedstate

import "sync"

var rotationMu sync.Mutex
var rotationRunning bool
var linesLogged int

// rotateLog runs on a goroutine of its own; as it returns, a deferred literal lets the rotation lock go and then clears
// the flag, unlocked.
func rotateLog() {
	if !rotationMu.TryLock() {
		return
	}
	defer func() {
		rotationMu.Unlock()
		rotationRunning = false
	}()
	linesLogged = 0
}

// logLine is called from any goroutine; the goroutine it starts clears the flag it tests.
func logLine() {
	linesLogged++
	if linesLogged > 1000 && !rotationRunning {
		rotationRunning = true // Noncompliant [TOCTOU001] {{rotationRunning is checked at line 25 and changed at line 26 by rotationRunning, with no lock held at either point, while the function literal logLine starts at line 27 changes it at the same time as the next call of logLine; two callers that run it at once can both pass the test and both start the task made at line 27, so it runs twice}}
		go func() {
			rotateLog()
		}()
	}
}

type Crew struct {
	mu      sync.Mutex
	members map[string]*int
}

// find lets the lock go in a deferred literal: its caller holds nothing once it returns.
func (r *Crew) find(key string) *int {
	r.mu.Lock()
	defer func() {
		r.mu.Unlock()
	}()
	return r.members[key]
}

func (r *Crew) add(key string, v *int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.members[key] = v
}

func (r *Crew) Join(key string, v *int) *int {
	if old := r.find(key); old != nil {
		return old
	}
	r.add(key, v) // Noncompliant [TOCTOU001] {{r.members[key] is checked at line 54 and changed at line 57 by r.add(key, v), and r.mu is released and re-taken at line 57, inside add() in between}}
	return v
}
