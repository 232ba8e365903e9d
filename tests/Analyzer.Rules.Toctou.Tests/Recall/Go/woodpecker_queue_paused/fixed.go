// https://github.com/woodpecker-ci/woodpecker/pull/76
// Fixed: process reads the paused flag only after acquiring the queue mutex, so
// Pause() cannot slip in between the check and the dispatch.
package woodpecker

import "sync"

type Job struct{ ID string }

type agent struct{ channel chan *Job }

type lockedFifo struct {
	sync.Mutex
	agents  map[*agent]struct{}
	waiting []*Job
	active  map[string]*Job
	paused  bool
}

func newLockedFifo() *lockedFifo {
	return &lockedFifo{agents: map[*agent]struct{}{}, active: map[string]*Job{}}
}

func (q *lockedFifo) Enqueue(j *Job) {
	q.Lock()
	q.waiting = append(q.waiting, j)
	q.Unlock()
	go q.dispatch()
}

func (q *lockedFifo) Take() *Job {
	a := &agent{channel: make(chan *Job, 1)}
	q.Lock()
	q.agents[a] = struct{}{}
	q.Unlock()
	go q.dispatch()
	return <-a.channel
}

func (q *lockedFifo) Hold() {
	q.Lock()
	q.paused = true
	q.Unlock()
}

func (q *lockedFifo) Release() {
	q.Lock()
	q.paused = false
	q.Unlock()
	go q.dispatch()
}

func (q *lockedFifo) dispatch() {
	q.Lock()
	defer q.Unlock()
	if q.paused {
		return
	}
	for len(q.waiting) > 0 && len(q.agents) > 0 {
		job := q.waiting[0]
		for a := range q.agents {
			delete(q.agents, a)
			q.waiting = q.waiting[1:]
			q.active[job.ID] = job
			a.channel <- job
			break
		}
	}
}
