package sharedstate

import "sync"

type jobTable struct {
	mu   sync.RWMutex
	jobs map[string]bool
}

func (t *jobTable) Get(id string) bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.jobs[id]
}

func (t *jobTable) Set(id string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.jobs[id] = true
}

// Jobs that must not run twice at once.
var activeJobs = &jobTable{jobs: map[string]bool{}}

func jobActive(id string) bool {
	return activeJobs.Get(id)
}

// The helper answers from activeJobs' entry; two triggers of one job can both hear no and both run it.
func triggerJob(id string, run func()) {
	if jobActive(id) { // Secondary [check]
		return
	}
	activeJobs.Set(id) // Noncompliant [TOCTOU001] {{activeJobs's entry for id is checked at line 31 and changed at line 34 by activeJobs.Set(id), checked under the read lock activeJobs.mu and changed under the write lock taken at line 34, inside Set() without re-checking}}
	run()
}

func (t *jobTable) Claim(id string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.jobs[id] {
		return false
	}
	t.jobs[id] = true
	return true
}

// One call claims the job and answers whether it was free.
func triggerJobOnce(id string, run func()) {
	if !activeJobs.Claim(id) {
		return
	}
	run()
}

func startJobs(ids []string, run func()) {
	for _, id := range ids {
		go triggerJob(id, run)
		go triggerJobOnce(id, run)
	}
}
