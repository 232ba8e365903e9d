// https://github.com/intelsdi-x/snap/pull/446
// Fixed: Stop moves the task to TaskStopping in the same critical section that closes
// killChan, so a second Stop no longer sees Spinning/Firing and does not close again.
package scheduler

import (
	"sync"
	"time"
)

type job struct {
	sync.Mutex // protects state

	id       string
	state    TaskState
	killChan chan struct{}
}

func (j *job) Start() {
	j.Lock()
	defer j.Unlock()
	if j.state == TaskStopped {
		j.state = TaskSpinning
		j.killChan = make(chan struct{})
		go j.loop()
	}
}

func (j *job) loop() {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			j.run()
		case <-j.killChan:
			j.Lock()
			j.state = TaskStopped
			j.Unlock()
			return
		}
	}
}

func (j *job) run() {
	j.Lock()
	defer j.Unlock()
	j.state = TaskFiring
	j.state = TaskSpinning
}

func (j *job) Halt() {
	j.Lock()
	defer j.Unlock()
	if j.state == TaskFiring || j.state == TaskSpinning {
		j.state = TaskStopping
		close(j.killChan)
	}
}

func stopTaskFixed(jobs map[string]*job, id string) {
	if j, ok := jobs[id]; ok {
		j.Halt()
	}
}
