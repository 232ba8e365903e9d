// https://github.com/karmada-io/karmada/pull/3123 (issue https://github.com/karmada-io/karmada/issues/3122)
// Fixed version: ForResource holds the write lock across the existence check, the
// AddEventHandler call and the bookkeeping, using lock-free helpers underneath.
package genericmanager

import "sync"

type clusterInformerManager struct {
	factory  InformerFactory
	handlers map[GVR][]EventHandler
	mu       sync.RWMutex
}

func (m *clusterInformerManager) RegisterHandler(resource GVR, handler EventHandler) {
	m.mu.Lock()
	defer m.mu.Unlock()

	if m.hasHandlerLocked(resource, handler) {
		return
	}

	m.factory.ForResource(resource).AddEventHandler(handler)
	m.recordHandlerLocked(resource, handler)
}

func (m *clusterInformerManager) HasHandler(resource GVR, handler EventHandler) bool {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.hasHandlerLocked(resource, handler)
}

func (m *clusterInformerManager) hasHandlerLocked(resource GVR, handler EventHandler) bool {
	for _, h := range m.handlers[resource] {
		if h == handler {
			return true
		}
	}
	return false
}

func (m *clusterInformerManager) recordHandlerLocked(resource GVR, handler EventHandler) {
	m.handlers[resource] = append(m.handlers[resource], handler)
}
