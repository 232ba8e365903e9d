// https://github.com/intelsdi-x/snap/pull/446
// task.Stop() checked that the state was Spinning/Firing and closed killChan, but the state
// only moved to Stopped later, in the spin goroutine that receives from killChan. A second
// StopTask arriving before that still saw Spinning and closed killChan again:
// "PANIC: close of closed channel". Fix: Stop sets an intermediate TaskStopping state together
// with the close, so the check and the state change happen under the same lock hold.
package scheduler

import (
	"sync"
	"time"
)

type TaskState int

const (
	TaskStopped TaskState = iota
	TaskSpinning
	TaskFiring
	TaskStopping
)

type task struct {
	sync.Mutex // protects state

	id       string
	state    TaskState
	killChan chan struct{}
}

func (t *task) Spin() {
	t.Lock()
	defer t.Unlock()
	if t.state == TaskStopped {
		t.state = TaskSpinning
		t.killChan = make(chan struct{})
		go t.spin()
	}
}

func (t *task) spin() {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			t.fire()
		case <-t.killChan:
			t.Lock()
			t.state = TaskStopped
			t.Unlock()
			return
		}
	}
}

func (t *task) fire() {
	t.Lock()
	defer t.Unlock()
	t.state = TaskFiring
	t.state = TaskSpinning
}

func (t *task) Stop() {
	t.Lock()
	defer t.Unlock()
	if t.state == TaskFiring || t.state == TaskSpinning {
		close(t.killChan) // Noncompliant
	}
}

// StopTask is reached from concurrent REST API handlers.
func stopTaskRacy(tasks map[string]*task, id string) {
	if t, ok := tasks[id]; ok {
		t.Stop()
	}
}
