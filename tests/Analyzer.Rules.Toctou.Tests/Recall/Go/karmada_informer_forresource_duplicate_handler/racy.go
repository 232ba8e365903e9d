// https://github.com/karmada-io/karmada/pull/3123 (issue https://github.com/karmada-io/karmada/issues/3122)
// ForResource asked IsHandlerExist (which takes the read lock and releases it) whether the
// event handler was already registered for the resource, and if not it added the handler to
// the shared informer and then recorded it with appendHandler (write lock). Controllers call
// ForResource concurrently, so two callers could both see "not registered" and both add the
// same handler, which then receives every event twice. The fix takes the write lock for the
// whole of ForResource, so the existence check, AddEventHandler and appendHandler are atomic.
package genericmanager

import "sync"

type GVR struct{ Group, Version, Resource string }

type EventHandler interface{ OnAdd(obj interface{}) }

type SharedInformer interface{ AddEventHandler(h EventHandler) }

type InformerFactory interface{ ForResource(gvr GVR) SharedInformer }

type singleClusterInformerManagerImpl struct {
	informerFactory InformerFactory
	handlers        map[GVR][]EventHandler
	lock            sync.RWMutex
}

// ForResource is called by several controllers, each from its own reconcile goroutines.
func (s *singleClusterInformerManagerImpl) ForResource(resource GVR, handler EventHandler) {
	// if handler already exist, just return, nothing changed.
	if s.IsHandlerExist(resource, handler) {
		return
	}

	s.informerFactory.ForResource(resource).AddEventHandler(handler)
	s.appendHandler(resource, handler) // Noncompliant
}

func (s *singleClusterInformerManagerImpl) IsHandlerExist(resource GVR, handler EventHandler) bool {
	s.lock.RLock()
	defer s.lock.RUnlock()

	for _, h := range s.handlers[resource] {
		if h == handler {
			return true
		}
	}
	return false
}

func (s *singleClusterInformerManagerImpl) appendHandler(resource GVR, handler EventHandler) {
	s.lock.Lock()
	defer s.lock.Unlock()

	s.handlers[resource] = append(s.handlers[resource], handler)
}
