// https://github.com/orian/counters/issues/1 (race explained by the maintainer in review of https://github.com/orian/counters/pull/5)
// CounterBox.GetCounter looked the name up under the read lock, released it, and on a miss
// took the write lock and stored a fresh counter without looking again ("a counter map is
// unlocked for a moment"). Counters are fetched and incremented from many goroutines; two
// that miss the same name both store a counter, the second replaces the first, and the
// increments made through the replaced counter are lost. The fix re-checks the map after
// the write lock is taken and only creates the counter if it is still missing.
package counter

import (
	"sync"
	"sync/atomic"
)

type Counter interface {
	Increment()
	Value() int64
}

type counterImpl struct {
	name  string
	value int64
}

func (c *counterImpl) Increment()   { atomic.AddInt64(&c.value, 1) }
func (c *counterImpl) Value() int64 { return atomic.LoadInt64(&c.value) }

type CounterBox struct {
	counters map[string]*counterImpl
	m        *sync.RWMutex
}

func NewCounterBox() *CounterBox {
	return &CounterBox{counters: make(map[string]*counterImpl), m: &sync.RWMutex{}}
}

// GetCounter is called from request handlers and workers, e.g. box.GetCounter("hits").Increment().
func (c *CounterBox) GetCounter(name string) Counter {
	c.m.RLock()
	if v, ok := c.counters[name]; ok {
		c.m.RUnlock()
		return v
	}
	c.m.RUnlock()
	c.m.Lock()
	defer c.m.Unlock()

	v := &counterImpl{name, 0}
	c.counters[name] = v // Noncompliant
	return v
}
