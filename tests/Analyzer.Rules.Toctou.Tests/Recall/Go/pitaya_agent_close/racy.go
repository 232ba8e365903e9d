// https://github.com/topfreegames/pitaya/issues/85 (fix: https://github.com/topfreegames/pitaya/pull/86)
// Agent.Close tested the agent's status, marked it closed and closed its channels; the agent's write and heartbeat
// goroutines (and the session) all call Close when they give up, so two of them could pass the test together and the
// second close of a channel panicked. The fix holds a mutex around the whole of Close.
package agent

import (
	"errors"
	"sync/atomic"
	"time"
)

const (
	statusWorking int32 = iota
	statusClosed
)

var errClosed = errors.New("session already closed")

type Agent struct {
	state           int32
	chDie           chan struct{}
	chStopWrite     chan struct{}
	chStopHeartbeat chan struct{}
	chSend          chan []byte
}

func (a *Agent) status() int32 { return atomic.LoadInt32(&a.state) }

func (a *Agent) setStatus(s int32) { atomic.StoreInt32(&a.state, s) }

func (a *Agent) Handle() {
	go a.write()
	go a.heartbeat()
}

func (a *Agent) heartbeat() {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			if !a.alive() {
				a.Close()
				return
			}
		case <-a.chStopHeartbeat:
			return
		}
	}
}

func (a *Agent) write() {
	for {
		select {
		case data := <-a.chSend:
			if err := a.send(data); err != nil {
				a.Close()
				return
			}
		case <-a.chStopWrite:
			return
		}
	}
}

func (a *Agent) alive() bool          { return true }
func (a *Agent) send(data []byte) error { return nil }

func (a *Agent) Close() error {
	if a.status() == statusClosed {
		return errClosed
	}
	a.setStatus(statusClosed) // Noncompliant [TOCTOU001]
	select {
	case <-a.chDie:
	default:
		close(a.chStopWrite)
		close(a.chStopHeartbeat)
		close(a.chDie)
	}
	return nil
}
