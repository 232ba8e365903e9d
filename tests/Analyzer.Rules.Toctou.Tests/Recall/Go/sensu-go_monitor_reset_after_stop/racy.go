// https://github.com/sensu/sensu-go/issues/970 (fixed by https://github.com/sensu/sensu-go/pull/971)
// Each keepalive/TTL monitor kept its stopped flag in an int32 read with atomic loads. reset()
// checked IsStopped() and then sent on resetChan, while Stop() (called from HandleFailure on the
// timer goroutine, or by the supervisor) flipped the flag and closed resetChan in between:
// "send on closed channel" panic. Fix: one mutex held across check+send in reset and flag+close in Stop.
package monitor

import (
	"sync/atomic"
	"time"
)

type Entity struct{ ID string }

type Event struct{ Entity *Entity }

type UpdateHandler interface {
	HandleUpdate(e *Event) error
}

type FailureHandler interface {
	HandleFailure(e *Entity) error
}

type Monitor struct {
	Entity         *Entity
	Timeout        time.Duration
	FailureHandler FailureHandler
	UpdateHandler  UpdateHandler

	resetChan chan time.Duration
	timer     *time.Timer
	stopped   int32
	failing   int32
}

// HandleUpdate is called by the keepalive handler for every incoming event of the entity.
func (m *Monitor) HandleUpdate(event *Event) error {
	if m.IsStopped() {
		return nil
	}
	atomic.CompareAndSwapInt32(&m.failing, 1, 0)
	m.reset(m.Timeout * time.Second)
	return m.UpdateHandler.HandleUpdate(event)
}

// HandleFailure runs on the monitor goroutine when the timer fires.
func (m *Monitor) HandleFailure(entity *Entity) error {
	defer m.Stop()
	atomic.CompareAndSwapInt32(&m.failing, 0, 1)
	return m.FailureHandler.HandleFailure(entity)
}

func (m *Monitor) start() {
	if m.IsStopped() {
		return
	}
	timerDuration := m.Timeout * time.Second
	m.timer = time.NewTimer(timerDuration)
	m.resetChan = make(chan time.Duration)
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

func (m *Monitor) Stop() {
	if !atomic.CompareAndSwapInt32(&m.stopped, 0, 1) {
		return
	}
	close(m.resetChan)
}

func (m *Monitor) IsStopped() bool {
	return atomic.LoadInt32(&m.stopped) > 0
}

func (m *Monitor) reset(t time.Duration) {
	if m.IsStopped() {
		return
	}
	m.resetChan <- t // Noncompliant
}

func New(e *Entity, t time.Duration, updateHandler UpdateHandler, failureHandler FailureHandler) *Monitor {
	monitor := &Monitor{
		Entity:         e,
		Timeout:        t,
		FailureHandler: failureHandler,
		UpdateHandler:  updateHandler,
	}
	monitor.start()
	return monitor
}
