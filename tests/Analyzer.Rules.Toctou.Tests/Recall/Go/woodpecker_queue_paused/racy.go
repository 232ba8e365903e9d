// https://github.com/woodpecker-ci/woodpecker/pull/76
// The fifo queue guards `paused` with its mutex in Pause/Resume/Info, but process()
// read `paused` before taking the lock and then handed pending tasks to workers under
// the lock, so Pause() could land in between and tasks were still dispatched.
// Fix: take q.Lock() first and test `paused` inside the same critical section.
package woodpecker

import "sync"

type Task struct{ ID string }

type worker struct{ channel chan *Task }

type fifo struct {
	sync.Mutex
	workers map[*worker]struct{}
	pending []*Task
	running map[string]*Task
	paused  bool
}

func newFifo() *fifo {
	return &fifo{workers: map[*worker]struct{}{}, running: map[string]*Task{}}
}

func (q *fifo) Push(t *Task) {
	q.Lock()
	q.pending = append(q.pending, t)
	q.Unlock()
	go q.process()
}

func (q *fifo) Poll() *Task {
	w := &worker{channel: make(chan *Task, 1)}
	q.Lock()
	q.workers[w] = struct{}{}
	q.Unlock()
	go q.process()
	return <-w.channel
}

func (q *fifo) Pause() {
	q.Lock()
	q.paused = true
	q.Unlock()
}

func (q *fifo) Resume() {
	q.Lock()
	q.paused = false
	q.Unlock()
	go q.process()
}

func (q *fifo) process() {
	if q.paused {
		return
	}
	q.Lock()
	defer q.Unlock()
	for len(q.pending) > 0 && len(q.workers) > 0 {
		task := q.pending[0]
		for w := range q.workers {
			delete(q.workers, w)
			q.pending = q.pending[1:]
			q.running[task.ID] = task // Noncompliant
			w.channel <- task
			break
		}
	}
}
