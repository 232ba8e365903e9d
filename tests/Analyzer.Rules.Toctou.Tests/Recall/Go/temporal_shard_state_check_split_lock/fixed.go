// https://github.com/temporalio/temporal/pull/2612
// Fixed version: the shard state is checked while holding the write lock that also guards the
// task ID allocation and the engine notification, so stop() cannot slip in between.
package shard

import "sync"

type FixedContextImpl struct {
	rwLock  sync.RWMutex
	state   contextState
	engine  Engine
	nextID  int64
	persist func(*AddTasksRequest) error
}

func (s *FixedContextImpl) errorByStateLocked() error {
	switch s.state {
	case stateAcquiring:
		return errShardStatusUnknown
	case stateAcquired:
		return nil
	default:
		return errShardClosed
	}
}

// AddTasks is called by many workflow goroutines of the history service.
func (s *FixedContextImpl) AddTasks(request *AddTasksRequest) error {
	s.rwLock.Lock()
	defer s.rwLock.Unlock()

	if err := s.errorByStateLocked(); err != nil {
		return err
	}

	for i := range request.Tasks {
		request.Tasks[i] = s.nextID
		s.nextID++
	}
	if err := s.persist(request); err != nil {
		return err
	}
	s.engine.NotifyNewTasks(request.Tasks)
	return nil
}

// stop is called by the shard controller when the shard is unloaded.
func (s *FixedContextImpl) stop() {
	s.rwLock.Lock()
	s.state = stateStopped
	engine := s.engine
	s.engine = nil
	s.rwLock.Unlock()

	if engine != nil {
		engine.Stop()
	}
}

func runFixedShard(s *FixedContextImpl) {
	go s.stop()
	go func() { _ = s.AddTasks(&AddTasksRequest{Tasks: make([]int64, 2)}) }()
}
