// https://github.com/grafana/grafana-plugin-sdk-go/issues/248
// Get read the cached instance under RLock, released it, found it outdated, disposed it
// outside the lock, then took the write lock and created/stored a new instance without
// looking at the cache again: parallel queries each stored one, the overwritten ones were
// never disposed. Fix (PR #251): re-check the cache and dispose under the write lock.
package instancemgmt

import "sync"

type PluginContext struct {
	OrgID        int64
	DatasourceID int64
	Updated      int64
}

type Instance interface{}

type InstanceDisposer interface {
	Dispose()
}

type CachedInstance struct {
	PluginContext PluginContext
	instance      Instance
}

type InstanceProvider interface {
	GetKey(pc PluginContext) interface{}
	NeedsUpdate(pc PluginContext, ci CachedInstance) bool
	NewInstance(pc PluginContext) (Instance, error)
}

type instanceManager struct {
	rwMutex  sync.RWMutex
	cache    map[interface{}]CachedInstance
	provider InstanceProvider
}

func New(provider InstanceProvider) *instanceManager {
	return &instanceManager{cache: map[interface{}]CachedInstance{}, provider: provider}
}

// Get returns the cached instance, or creates a new one if missing or outdated.
func (im *instanceManager) Get(pc PluginContext) (Instance, error) {
	key := im.provider.GetKey(pc)
	im.rwMutex.RLock()
	item, ok := im.cache[key]
	im.rwMutex.RUnlock()

	if ok {
		if !im.provider.NeedsUpdate(pc, item) {
			return item.instance, nil
		}
		if disposer, valid := item.instance.(InstanceDisposer); valid {
			disposer.Dispose()
		}
	}

	im.rwMutex.Lock()
	defer im.rwMutex.Unlock()
	instance, err := im.provider.NewInstance(pc)
	if err != nil {
		return nil, err
	}
	im.cache[key] = CachedInstance{PluginContext: pc, instance: instance} // Noncompliant
	return instance, nil
}

// QueryData is called by the plugin SDK on a new goroutine for every gRPC request.
func (im *instanceManager) QueryData(pc PluginContext, queries int) {
	var wg sync.WaitGroup
	for i := 0; i < queries; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = im.Get(pc)
		}()
	}
	wg.Wait()
}
