// https://github.com/open-telemetry/opentelemetry-collector/pull/9170
// sharedcomponent's GetOrAdd looked a key up in the shared map and, on a miss,
// built the component and inserted it with no lock, while Shutdown's remove
// callback deleted from the same map. Receivers for several signals can be
// created concurrently, so two callers could both miss and both create.
// The fix adds a mutex held across the lookup, the create and the insert.
package sharedcomponent

import (
	"context"
	"sync"
)

type Component interface {
	Start(ctx context.Context) error
	Shutdown(ctx context.Context) error
}

type SharedComponents[K comparable, V Component] struct {
	comps map[K]*SharedComponent[V]
}

func NewSharedComponents[K comparable, V Component]() *SharedComponents[K, V] {
	return &SharedComponents[K, V]{comps: make(map[K]*SharedComponent[V])}
}

// GetOrAdd returns the existing instance for key, or creates and stores one.
func (scs *SharedComponents[K, V]) GetOrAdd(key K, create func() (V, error)) (*SharedComponent[V], error) {
	if c, ok := scs.comps[key]; ok {
		return c, nil
	}
	comp, err := create()
	if err != nil {
		return nil, err
	}
	newComp := &SharedComponent[V]{
		component: comp,
		removeFunc: func() {
			delete(scs.comps, key)
		},
	}
	scs.comps[key] = newComp // Noncompliant
	return newComp, nil
}

type SharedComponent[V Component] struct {
	component  V
	startOnce  sync.Once
	stopOnce   sync.Once
	removeFunc func()
}

func (r *SharedComponent[V]) Start(ctx context.Context) error {
	var err error
	r.startOnce.Do(func() { err = r.component.Start(ctx) })
	return err
}

func (r *SharedComponent[V]) Shutdown(ctx context.Context) error {
	var err error
	r.stopOnce.Do(func() {
		err = r.component.Shutdown(ctx)
		r.removeFunc()
	})
	return err
}

// createReceivers mimics the pipeline builder creating the traces, metrics and
// logs receivers of one config in parallel.
func createReceivers[V Component](scs *SharedComponents[string, V], id string, create func() (V, error)) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = scs.GetOrAdd(id, create)
		}()
	}
	wg.Wait()
}
