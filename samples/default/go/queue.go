// Package queue is a small job queue shared by several worker goroutines. It is the analyzer's bundled sample: two
// methods check the queue's state under its lock, release the lock, and act on what they saw later.
package queue

import "sync"

// Job is one unit of work.
type Job struct {
	ID      string
	Payload []byte
}

// Queue is a FIFO of jobs, keyed by job id.
type Queue struct {
	mu    sync.Mutex
	jobs  map[string]Job
	order []string
}

// New returns an empty queue.
func New() *Queue {
	return &Queue{jobs: make(map[string]Job)}
}

// Has reports whether a job with id is queued.
func (q *Queue) Has(id string) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	_, ok := q.jobs[id]
	return ok
}

// AddIfAbsent queues job unless a job with the same id is queued. The check (Has) and the add take the lock
// separately: two workers can both see the id as absent, and the id then appears twice in order.
func (q *Queue) AddIfAbsent(job Job) bool {
	if q.Has(job.ID) {
		return false
	}
	q.mu.Lock()
	q.jobs[job.ID] = job
	q.order = append(q.order, job.ID)
	q.mu.Unlock()
	return true
}

// Pop removes the oldest job. It checks for an empty queue, releases the lock, and takes it again to remove: another
// worker may have emptied the queue in between, and q.order[0] then panics.
func (q *Queue) Pop() (Job, bool) {
	q.mu.Lock()
	empty := len(q.order) == 0
	q.mu.Unlock()
	if empty {
		return Job{}, false
	}

	q.mu.Lock()
	defer q.mu.Unlock()
	id := q.order[0]
	q.order = q.order[1:]
	job := q.jobs[id]
	delete(q.jobs, id)
	return job, true
}

// TryPop is Pop done right: the check and the removal happen under one hold of the lock.
func (q *Queue) TryPop() (Job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.order) == 0 {
		return Job{}, false
	}
	id := q.order[0]
	q.order = q.order[1:]
	job := q.jobs[id]
	delete(q.jobs, id)
	return job, true
}
