// https://github.com/cortexproject/cortex/pull/227
// append got (or created) the tenant's userState in getStateFor under userStateLock, released it,
// and then added the new series to that state under the state's own lock. sweepUsers could, in
// between, find the state with zero series and delete it from the map, so the series landed in an
// orphaned state and was lost (#183). Fix: add series while holding the lock GC also takes.
package cortexingester

import (
	"sync"
	"time"
)

type memorySeries struct {
	samples []float64
}

type userState struct {
	mtx        sync.Mutex
	fpToSeries map[string]*memorySeries
}

func (u *userState) length() int {
	u.mtx.Lock()
	defer u.mtx.Unlock()
	return len(u.fpToSeries)
}

type Ingester struct {
	userStateLock sync.Mutex
	userState     map[string]*userState
	quit          chan struct{}
}

func NewIngester() *Ingester {
	i := &Ingester{userState: map[string]*userState{}, quit: make(chan struct{})}
	go i.loop()
	return i
}

func (i *Ingester) getStateFor(userID string) *userState {
	i.userStateLock.Lock()
	defer i.userStateLock.Unlock()
	state, ok := i.userState[userID]
	if !ok {
		state = &userState{fpToSeries: map[string]*memorySeries{}}
		i.userState[userID] = state
	}
	return state
}

// Append is called by the gRPC server for every push, on many goroutines.
func (i *Ingester) Append(userID, metric string, value float64) {
	state := i.getStateFor(userID)

	state.mtx.Lock()
	series, ok := state.fpToSeries[metric]
	if !ok {
		series = &memorySeries{}
		state.fpToSeries[metric] = series
	}
	series.samples = append(series.samples, value)
	state.mtx.Unlock()
}

// flushUserSeries drops series whose chunks were written to the store.
func (i *Ingester) flushUserSeries(state *userState) {
	state.mtx.Lock()
	for fp, s := range state.fpToSeries {
		if len(s.samples) > 0 {
			delete(state.fpToSeries, fp)
		}
	}
	state.mtx.Unlock()
}

// sweepUsers flushes series and garbage collects users with no series.
func (i *Ingester) sweepUsers() {
	i.userStateLock.Lock()
	snapshot := make(map[string]*userState, len(i.userState))
	for id, state := range i.userState {
		snapshot[id] = state
	}
	i.userStateLock.Unlock()

	for _, state := range snapshot {
		i.flushUserSeries(state)
	}

	i.userStateLock.Lock()
	for id, state := range snapshot {
		if state.length() == 0 {
			delete(i.userState, id) // Noncompliant
		}
	}
	i.userStateLock.Unlock()
}

func (i *Ingester) loop() {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			i.sweepUsers()
		case <-i.quit:
			return
		}
	}
}
