// https://github.com/PretendoNetwork/nex-go/pull/40
// Disconnect handling looked the client up in the MutexMap (read lock), stopped its
// timeout timer, and deleted the key afterwards (write lock). Several goroutines handling
// the same disconnect could all find the client and all call StopTimeoutTimer. Fix: a
// RunAndDelete method runs the callback and deletes the key under one lock.
package nex

import "sync"

type MutexMap[K comparable, V any] struct {
	sync.RWMutex
	real map[K]V
}

func (m *MutexMap[K, V]) Get(key K) (V, bool) {
	m.RLock()
	defer m.RUnlock()
	v, ok := m.real[key]
	return v, ok
}

func (m *MutexMap[K, V]) Set(key K, value V) {
	m.Lock()
	defer m.Unlock()
	m.real[key] = value
}

func (m *MutexMap[K, V]) Delete(key K) {
	m.Lock()
	defer m.Unlock()
	delete(m.real, key)
}

type PRUDPClient struct {
	address string
	stopped int
}

func (c *PRUDPClient) StopTimeoutTimer() { c.stopped++ }

type PRUDPServer struct {
	clients *MutexMap[string, *PRUDPClient]
}

func (s *PRUDPServer) handleDisconnect(addr string) {
	client, ok := s.clients.Get(addr)
	if ok {
		client.StopTimeoutTimer() // Noncompliant
		s.clients.Delete(addr)
	}
}

// Packets for one address are handled on their own goroutines.
func (s *PRUDPServer) onPackets(addrs []string) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			s.handleDisconnect(addr)
		}(a)
	}
	wg.Wait()
}
