// https://github.com/olebedev/go-duktape/issues/36
// Fixed version: the lookup is made again under the write lock before a new slot is stored.
package duktapeindex

import "sync"

type Engine struct{ name string }

type engineIndex struct {
	sync.RWMutex
	engines map[*Engine]int
	last    int
}

func newEngineIndex() *engineIndex {
	return &engineIndex{engines: make(map[*Engine]int)}
}

func (ei *engineIndex) register(e *Engine) int {
	ei.RLock()
	key, ok := ei.engines[e]
	ei.RUnlock()
	if ok {
		return key
	}

	ei.Lock()
	defer ei.Unlock()
	if key, ok := ei.engines[e]; ok {
		return key
	}
	ei.last++
	ei.engines[e] = ei.last
	return ei.last
}

func (ei *engineIndex) unregister(e *Engine) {
	ei.Lock()
	delete(ei.engines, e)
	ei.Unlock()
}
