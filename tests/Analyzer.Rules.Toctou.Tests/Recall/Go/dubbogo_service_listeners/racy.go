// https://github.com/apache/dubbo-go/pull/3442
// serviceDiscoveryRegistry.SubscribeURL looked up serviceListeners[key] without s.lock, built a new
// listener when none was found and stored it, while serviceMappingListeners was already guarded by
// s.lock. Concurrent subscriptions for the same application set could both miss and install two
// listeners (and race on the map). Fix: hold s.lock (write lock) across the lookup and the store.
package servicediscovery

import "sync"

type ServiceInstancesChangedListener interface {
	AddListenerAndNotify(protocolServiceKey string, notify func())
}

type serviceDiscovery interface {
	AddListener(l ServiceInstancesChangedListener) error
}

type serviceDiscoveryRegistry struct {
	lock                    sync.RWMutex
	serviceDiscovery        serviceDiscovery
	serviceListeners        map[string]ServiceInstancesChangedListener
	serviceMappingListeners map[string]func()
	newListener             func(names []string) ServiceInstancesChangedListener
}

func (s *serviceDiscoveryRegistry) findMappedServices(key string, l func()) {
	s.lock.Lock()
	s.serviceMappingListeners[key] = l
	s.lock.Unlock()
}

func (s *serviceDiscoveryRegistry) stopListen(key string) {
	s.lock.Lock()
	delete(s.serviceMappingListeners, key)
	s.lock.Unlock()
}

func (s *serviceDiscoveryRegistry) SubscribeURL(serviceNamesKey string, names []string, protocolServiceKey string, notify func()) {
	listener := s.serviceListeners[serviceNamesKey]
	if listener == nil {
		listener = s.newListener(names)
	}
	s.serviceListeners[serviceNamesKey] = listener // Noncompliant
	listener.AddListenerAndNotify(protocolServiceKey, notify)

	go func() {
		_ = s.serviceDiscovery.AddListener(listener)
	}()
}

func (s *serviceDiscoveryRegistry) UnSubscribe(serviceNamesKey string) ServiceInstancesChangedListener {
	return s.serviceListeners[serviceNamesKey]
}
