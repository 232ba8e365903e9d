// https://github.com/gocronx-team/gocron/pull/70 (bug report: https://github.com/gocronx-team/gocron/issues/66)
// Tasks with Multi == 0 must never run twice at once. beforeExecJob only asked runInstance.has(id),
// and the job closure registered the instance with runInstance.add(id) later, after the task log row
// was written. Two triggers (two manual "run now" clicks, or a click plus the cron tick) both passed
// has() and both executed the task. Fix: tryAdd using sync.Map.LoadOrStore inside beforeExecJob.
package service

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Status int8

const (
	Running Status = 1
	Finish  Status = 2
	Cancel  Status = 3
)

type Task struct {
	Id      int
	Name    string
	Command string
	Multi   int8 // 0: single instance only
}

// Instance tracks which task IDs currently have a running instance.
type Instance struct {
	m sync.Map
}

func (i *Instance) has(key int) bool {
	_, ok := i.m.Load(key)
	return ok
}

func (i *Instance) add(key int) {
	i.m.Store(key, struct{}{})
}

func (i *Instance) done(key int) {
	i.m.Delete(key)
}

var (
	runInstance Instance
	logSeq      int64
)

// createTaskLog stands in for the task_log INSERT done through the ORM.
func createTaskLog(task Task, status Status) (int64, error) {
	if task.Id <= 0 {
		return 0, errors.New("invalid task")
	}
	return atomic.AddInt64(&logSeq, 1), nil
}

func execJob(task Task, taskLogID int64) {
	fmt.Printf("running task %d (%s) log=%d\n", task.Id, task.Command, taskLogID)
}

func beforeExecJob(task Task) (taskLogID int64) {
	if task.Multi == 0 && runInstance.has(task.Id) {
		_, _ = createTaskLog(task, Cancel)
		return
	}
	taskLogID, err := createTaskLog(task, Running)
	if err != nil {
		return 0
	}
	return taskLogID
}

func createJob(task Task) func() {
	return func() {
		taskLogID := beforeExecJob(task)
		if taskLogID <= 0 {
			return
		}
		if task.Multi == 0 {
			runInstance.add(task.Id) // Noncompliant
			defer runInstance.done(task.Id)
		}
		execJob(task, taskLogID)
	}
}

// Run is what the "run now" web handler calls; the cron scheduler calls the same closure on its own goroutine.
func Run(task Task) {
	go createJob(task)()
}
