package sharedstate

import "sync"

// Jobs is safe for concurrent use: each method takes its lock. A caller that asks one method and acts with another
// composes two atomic steps into one that is not.
type Jobs struct {
	mu      sync.Mutex
	running map[string]bool
	paused  bool
}

func NewJobs() *Jobs {
	return &Jobs{running: map[string]bool{}}
}

func (j *Jobs) IsRunning(name string) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.running[name]
}

func (j *Jobs) Begin(name string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.running[name] = true
}

func (j *Jobs) Done(name string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.running, name)
}

// BeginUnlessRunning checks and marks under one hold of the lock: the fix.
func (j *Jobs) BeginUnlessRunning(name string) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.running[name] {
		return false
	}
	j.running[name] = true
	return true
}

func (j *Jobs) Paused() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.paused
}

func (j *Jobs) Pause() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.paused = true
}

var jobs = NewJobs()

func runJob(name string) {
	if jobs.IsRunning(name) {
		return
	}
	jobs.Begin(name) // Noncompliant [TOCTOU001] {{jobs's entry for name is checked at line 61 and changed at line 64 by jobs.Begin(name), and jobs.mu is released and re-taken at line 64, inside Begin() in between}}
	defer jobs.Done(name)
}

func runJobOnce(name string) {
	if !jobs.BeginUnlessRunning(name) {
		return
	}
	defer jobs.Done(name)
}

// Another key's entry is another piece of state.
func startAfterOther(name, other string) {
	if jobs.IsRunning(other) {
		jobs.Begin(name)
	}
}

func startAll(names []string) {
	for _, name := range names {
		go runJob(name)
		go runJobOnce(name)
		go startAfterOther(name, "setup")
		go pauseOnce()
	}
}

func pauseOnce() {
	if !jobs.Paused() {
		jobs.Pause() // Noncompliant [TOCTOU001] {{jobs.paused is checked at line 92 and changed at line 93 by jobs.Pause(), and jobs.mu is released and re-taken at line 93, inside Pause() in between}}
	}
}
