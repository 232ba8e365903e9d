// https://github.com/cortexproject/cortex/pull/227 (merged)
// User states live in userStates; getOrCreateSeries looks the tenant up and creates the series
// while still holding userStates.mtx, and gc deletes empty states under the same lock, so a
// state cannot be dropped between lookup and series creation.
package cortexingester

import (
	"sync"
	"time"
)

type fixedSeries struct {
	samples []float64
}

type fixedUserState struct {
	fpLock     sync.Mutex // stands in for the per-fingerprint locker
	mapMu      sync.Mutex // seriesMap's own lock
	fpToSeries map[string]*fixedSeries
}

func (u *fixedUserState) length() int {
	u.mapMu.Lock()
	defer u.mapMu.Unlock()
	return len(u.fpToSeries)
}

// unlockedGet must be called with userStates.mtx held (read or write). It returns with the
// fingerprint lock held; the caller appends the sample and then unlocks it.
func (u *fixedUserState) unlockedGet(metric string) *fixedSeries {
	u.fpLock.Lock()
	u.mapMu.Lock()
	defer u.mapMu.Unlock()
	series, ok := u.fpToSeries[metric]
	if !ok {
		series = &fixedSeries{}
		u.fpToSeries[metric] = series
	}
	return series
}

type userStates struct {
	mtx    sync.RWMutex
	states map[string]*fixedUserState
}

func (us *userStates) getOrCreateSeries(userID, metric string) (*fixedUserState, *fixedSeries) {
	us.mtx.RLock()
	state, ok := us.states[userID]
	var series *fixedSeries
	if ok {
		series = state.unlockedGet(metric)
	}
	us.mtx.RUnlock()
	if ok {
		return state, series
	}

	us.mtx.Lock()
	defer us.mtx.Unlock()
	state, ok = us.states[userID]
	if !ok {
		state = &fixedUserState{fpToSeries: map[string]*fixedSeries{}}
		us.states[userID] = state
	}
	return state, state.unlockedGet(metric)
}

func (us *userStates) cp() map[string]*fixedUserState {
	us.mtx.Lock()
	defer us.mtx.Unlock()
	out := make(map[string]*fixedUserState, len(us.states))
	for id, s := range us.states {
		out[id] = s
	}
	return out
}

func (us *userStates) gc() {
	us.mtx.Lock()
	defer us.mtx.Unlock()
	for id, state := range us.states {
		if state.length() == 0 {
			delete(us.states, id)
		}
	}
}

type FixedIngester struct {
	userStates userStates
	quit       chan struct{}
}

func NewFixedIngester() *FixedIngester {
	i := &FixedIngester{userStates: userStates{states: map[string]*fixedUserState{}}, quit: make(chan struct{})}
	go i.loop()
	return i
}

func (i *FixedIngester) Append(userID, metric string, value float64) {
	state, series := i.userStates.getOrCreateSeries(userID, metric)
	series.samples = append(series.samples, value)
	state.fpLock.Unlock()
}

func (i *FixedIngester) sweepUsers() {
	for _, state := range i.userStates.cp() {
		state.fpLock.Lock()
		state.mapMu.Lock()
		for fp, s := range state.fpToSeries {
			if len(s.samples) > 0 {
				delete(state.fpToSeries, fp)
			}
		}
		state.mapMu.Unlock()
		state.fpLock.Unlock()
	}
	i.userStates.gc()
}

func (i *FixedIngester) loop() {
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
