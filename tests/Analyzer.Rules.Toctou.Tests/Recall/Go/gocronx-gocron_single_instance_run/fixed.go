// https://github.com/gocronx-team/gocron/pull/70
// Fixed version: beforeExecJob claims the single-instance slot with tryAdd (sync.Map.LoadOrStore),
// so the check and the registration are one step; the job closure only releases the slot.
package service

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type runStatus int8

const (
	statusRunning runStatus = 1
	statusFinish  runStatus = 2
	statusCancel  runStatus = 3
)

type cronTask struct {
	Id      int
	Name    string
	Command string
	Multi   int8
}

type instanceSet struct {
	m sync.Map
}

func (i *instanceSet) done(key int) {
	i.m.Delete(key)
}

// tryAdd reports true when the caller registered the instance, false when one is already running.
func (i *instanceSet) tryAdd(key int) bool {
	_, loaded := i.m.LoadOrStore(key, struct{}{})
	return !loaded
}

var (
	guardedRunInstance instanceSet
	guardedLogSeq      int64
)

func insertTaskLog(task cronTask, status runStatus) (int64, error) {
	if task.Id <= 0 {
		return 0, errors.New("invalid task")
	}
	return atomic.AddInt64(&guardedLogSeq, 1), nil
}

func runTaskCommand(task cronTask, taskLogID int64) {
	fmt.Printf("running task %d (%s) log=%d\n", task.Id, task.Command, taskLogID)
}

func beforeExecGuarded(task cronTask) (taskLogID int64) {
	if task.Multi == 0 {
		if !guardedRunInstance.tryAdd(task.Id) {
			_, _ = insertTaskLog(task, statusCancel)
			return
		}
	}
	taskLogID, err := insertTaskLog(task, statusRunning)
	if err != nil {
		if task.Multi == 0 {
			guardedRunInstance.done(task.Id)
		}
		return 0
	}
	return taskLogID
}

func createGuardedJob(task cronTask) func() {
	return func() {
		taskLogID := beforeExecGuarded(task)
		if taskLogID <= 0 {
			return
		}
		if task.Multi == 0 {
			defer guardedRunInstance.done(task.Id)
		}
		runTaskCommand(task, taskLogID)
	}
}

func RunGuarded(task cronTask) {
	go createGuardedJob(task)()
}
