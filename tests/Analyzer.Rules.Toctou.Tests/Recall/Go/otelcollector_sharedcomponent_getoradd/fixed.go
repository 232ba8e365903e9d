// https://github.com/open-telemetry/opentelemetry-collector/pull/9170
package sharedcomponent

import (
	"context"
	"sync"
)

type LockedMap[K comparable, V Component] struct {
	components map[K]*LockedComponent[V]
	lock       sync.Mutex
}

func NewLockedMap[K comparable, V Component]() *LockedMap[K, V] {
	return &LockedMap[K, V]{components: make(map[K]*LockedComponent[V])}
}

// LoadOrStore returns the existing instance for key, or creates and stores one,
// with the map lock held across lookup, creation and insertion.
func (m *LockedMap[K, V]) LoadOrStore(key K, create func() (V, error)) (*LockedComponent[V], error) {
	m.lock.Lock()
	defer m.lock.Unlock()
	if c, ok := m.components[key]; ok {
		return c, nil
	}
	comp, err := create()
	if err != nil {
		return nil, err
	}
	newComp := &LockedComponent[V]{
		component: comp,
		removeFunc: func() {
			m.lock.Lock()
			defer m.lock.Unlock()
			delete(m.components, key)
		},
	}
	m.components[key] = newComp
	return newComp, nil
}

type LockedComponent[V Component] struct {
	component  V
	startOnce  sync.Once
	stopOnce   sync.Once
	removeFunc func()
}

func (r *LockedComponent[V]) Start(ctx context.Context) error {
	var err error
	r.startOnce.Do(func() { err = r.component.Start(ctx) })
	return err
}

func (r *LockedComponent[V]) Shutdown(ctx context.Context) error {
	var err error
	r.stopOnce.Do(func() {
		err = r.component.Shutdown(ctx)
		r.removeFunc()
	})
	return err
}

func buildReceivers[V Component](m *LockedMap[string, V], id string, create func() (V, error)) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = m.LoadOrStore(id, create)
		}()
	}
	wg.Wait()
}
