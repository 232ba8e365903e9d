// https://github.com/apache/dubbo-go/pull/3442
// Fixed version: SubscribeURL takes s.lock (write lock, not RLock) for the check-then-act on
// serviceListeners; UnSubscribe reads it under RLock, like the other locked maps of the registry.
package servicediscovery

import "sync"

type lockedDiscoveryRegistry struct {
	lock                    sync.RWMutex
	serviceDiscovery        serviceDiscovery
	serviceListeners        map[string]ServiceInstancesChangedListener
	serviceMappingListeners map[string]func()
	newListener             func(names []string) ServiceInstancesChangedListener
}

func (s *lockedDiscoveryRegistry) findMappedServices(key string, l func()) {
	s.lock.Lock()
	s.serviceMappingListeners[key] = l
	s.lock.Unlock()
}

func (s *lockedDiscoveryRegistry) SubscribeURL(serviceNamesKey string, names []string, protocolServiceKey string, notify func()) {
	s.lock.Lock()
	listener := s.serviceListeners[serviceNamesKey]
	if listener == nil {
		listener = s.newListener(names)
	}
	s.serviceListeners[serviceNamesKey] = listener
	s.lock.Unlock()
	listener.AddListenerAndNotify(protocolServiceKey, notify)

	go func() {
		_ = s.serviceDiscovery.AddListener(listener)
	}()
}

func (s *lockedDiscoveryRegistry) UnSubscribe(serviceNamesKey string) ServiceInstancesChangedListener {
	s.lock.RLock()
	defer s.lock.RUnlock()
	return s.serviceListeners[serviceNamesKey]
}
