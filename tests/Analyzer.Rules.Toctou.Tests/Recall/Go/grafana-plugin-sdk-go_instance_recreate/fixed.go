// https://github.com/grafana/grafana-plugin-sdk-go/issues/248
// Fixed version (PR #251, instance_manager.go): the fast path still reads under RLock, but
// the slow path takes the write lock, looks the cache up again, returns the instance another
// caller just stored if it is up to date, and only otherwise disposes and replaces it.
package instancemgmt

import "sync"

type pluginCtx struct {
	OrgID        int64
	DatasourceID int64
	Updated      int64
}

type disposable interface {
	Dispose()
}

type cachedEntry struct {
	ctx      pluginCtx
	instance interface{}
}

type entryProvider interface {
	Key(pc pluginCtx) interface{}
	Stale(pc pluginCtx, e cachedEntry) bool
	Create(pc pluginCtx) (interface{}, error)
}

type lockedInstanceManager struct {
	mu       sync.RWMutex
	entries  map[interface{}]cachedEntry
	provider entryProvider
}

func newLockedInstanceManager(p entryProvider) *lockedInstanceManager {
	return &lockedInstanceManager{entries: map[interface{}]cachedEntry{}, provider: p}
}

// Instance returns the cached instance, or creates a new one if missing or outdated.
func (im *lockedInstanceManager) Instance(pc pluginCtx) (interface{}, error) {
	key := im.provider.Key(pc)
	im.mu.RLock()
	e, ok := im.entries[key]
	im.mu.RUnlock()
	if ok && !im.provider.Stale(pc, e) {
		return e.instance, nil
	}

	im.mu.Lock()
	defer im.mu.Unlock()
	if e, ok := im.entries[key]; ok {
		if !im.provider.Stale(pc, e) {
			return e.instance, nil
		}
		if d, valid := e.instance.(disposable); valid {
			d.Dispose()
		}
	}
	inst, err := im.provider.Create(pc)
	if err != nil {
		return nil, err
	}
	im.entries[key] = cachedEntry{ctx: pc, instance: inst}
	return inst, nil
}

func (im *lockedInstanceManager) handleQueries(pc pluginCtx, queries int) {
	var wg sync.WaitGroup
	for i := 0; i < queries; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = im.Instance(pc)
		}()
	}
	wg.Wait()
}
