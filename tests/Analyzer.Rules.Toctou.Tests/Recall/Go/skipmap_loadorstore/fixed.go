// https://github.com/zhangyunhao116/skipmap/issues/1
// Fixed: the lookup and the insert happen while the same lock is held, so only one
// caller stores and every other caller observes that value.
package skipmap

import "sync"

type OrderedInt64Map struct {
	mu    sync.RWMutex
	items map[int64]interface{}
}

func NewOrderedInt64() *OrderedInt64Map {
	return &OrderedInt64Map{items: make(map[int64]interface{})}
}

func (m *OrderedInt64Map) Get(key int64) (interface{}, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.items[key]
	return v, ok
}

func (m *OrderedInt64Map) Put(key int64, value interface{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.items[key] = value
}

func (m *OrderedInt64Map) GetOrPut(key int64, value interface{}) (actual interface{}, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.items[key]; ok {
		return v, true
	}
	m.items[key] = value
	return value, false
}
