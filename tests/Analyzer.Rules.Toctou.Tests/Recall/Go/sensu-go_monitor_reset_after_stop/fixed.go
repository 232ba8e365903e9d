// https://github.com/sensu/sensu-go/pull/971
// Fixed version: the stopped flag is a plain bool guarded by mu; reset() checks it and sends while
// holding mu, and Stop() sets it and closes the channel while holding mu, so no send can follow the
// close. (The channel got a one-slot buffer later in https://github.com/sensu/sensu-go/pull/1265.)
package monitor

import (
	"sync"
	"time"
)

type (
	MonEntity            struct{ ID string }
	MonEvent             struct{ Entity *MonEntity }
	EventUpdateHandler   interface{ HandleUpdate(e *MonEvent) error }
	EntityFailureHandler interface{ HandleFailure(e *MonEntity) error }
)

type GuardedMonitor struct {
	Entity         *MonEntity
	Timeout        time.Duration
	FailureHandler EntityFailureHandler
	UpdateHandler  EventUpdateHandler

	resetChan chan time.Duration
	timer     *time.Timer
	stopped   bool
	failing   bool
	mu        sync.Mutex
}

func (m *GuardedMonitor) HandleUpdate(event *MonEvent) error {
	if m.IsStopped() {
		return nil
	}
	m.mu.Lock()
	m.failing = false
	m.mu.Unlock()
	m.reset(m.Timeout * time.Second)
	return m.UpdateHandler.HandleUpdate(event)
}

func (m *GuardedMonitor) HandleFailure(entity *MonEntity) error {
	defer m.Stop()
	m.mu.Lock()
	m.failing = true
	m.mu.Unlock()
	return m.FailureHandler.HandleFailure(entity)
}

func (m *GuardedMonitor) start() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopped {
		return
	}
	timerDuration := m.Timeout * time.Second
	m.timer = time.NewTimer(timerDuration)
	m.resetChan = make(chan time.Duration, 1)
	go func() {
		timer := m.timer
		for {
			select {
			case d := <-m.resetChan:
				if d == 0 {
					if !timer.Stop() {
						<-timer.C
					}
					timer.Reset(timerDuration)
				} else {
					timer.Reset(d)
				}
			case <-timer.C:
				_ = m.HandleFailure(m.Entity)
				timer.Reset(timerDuration)
			}
			if m.IsStopped() {
				return
			}
		}
	}()
}

func (m *GuardedMonitor) Stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopped {
		return
	}
	m.stopped = true
	close(m.resetChan)
}

func (m *GuardedMonitor) IsStopped() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stopped
}

func (m *GuardedMonitor) reset(t time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopped {
		return
	}
	m.resetChan <- t
}

func NewGuarded(e *MonEntity, t time.Duration, updateHandler EventUpdateHandler, failureHandler EntityFailureHandler) *GuardedMonitor {
	monitor := &GuardedMonitor{
		Entity:         e,
		Timeout:        t,
		FailureHandler: failureHandler,
		UpdateHandler:  updateHandler,
	}
	monitor.start()
	return monitor
}
