// https://github.com/temporalio/temporal/pull/2612
// ContextImpl.AddTasks (and the other write methods) checked the shard state in errorByState(),
// which takes and releases the read lock, and then took the write lock to add tasks and notify
// the engine. A concurrent stop() can move the shard to Stopped and set s.engine to nil in between,
// so the notify dereferences a nil engine. The fix checks the state inside the write lock.
package shard

import (
	"errors"
	"sync"
)

type contextState int32

const (
	stateAcquiring contextState = iota
	stateAcquired
	stateStopping
	stateStopped
)

var (
	errShardStatusUnknown = errors.New("shard status unknown")
	errShardClosed        = errors.New("shard closed")
)

type Engine interface {
	NotifyNewTasks(tasks []int64)
	Stop()
}

type AddTasksRequest struct {
	Tasks []int64
}

type ContextImpl struct {
	rwLock  sync.RWMutex
	state   contextState
	engine  Engine
	nextID  int64
	persist func(*AddTasksRequest) error
}

func (s *ContextImpl) errorByStateLocked() error {
	switch s.state {
	case stateAcquiring:
		return errShardStatusUnknown
	case stateAcquired:
		return nil
	default:
		return errShardClosed
	}
}

func (s *ContextImpl) errorByState() error {
	s.rwLock.RLock()
	defer s.rwLock.RUnlock()
	return s.errorByStateLocked()
}

// AddTasks is called by many workflow goroutines of the history service.
func (s *ContextImpl) AddTasks(request *AddTasksRequest) error {
	if err := s.errorByState(); err != nil {
		return err
	}

	s.rwLock.Lock()
	defer s.rwLock.Unlock()

	for i := range request.Tasks {
		request.Tasks[i] = s.nextID
		s.nextID++
	}
	if err := s.persist(request); err != nil {
		return err
	}
	s.engine.NotifyNewTasks(request.Tasks) // Noncompliant
	return nil
}

// stop is called by the shard controller when the shard is unloaded.
func (s *ContextImpl) stop() {
	s.rwLock.Lock()
	s.state = stateStopped
	engine := s.engine
	s.engine = nil
	s.rwLock.Unlock()

	if engine != nil {
		engine.Stop()
	}
}

func runShard(s *ContextImpl) {
	go s.stop()
	go func() { _ = s.AddTasks(&AddTasksRequest{Tasks: make([]int64, 2)}) }()
}
