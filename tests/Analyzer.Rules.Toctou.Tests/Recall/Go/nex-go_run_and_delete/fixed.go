// https://github.com/PretendoNetwork/nex-go/pull/40
// Fixed: RunAndDelete looks the key up, runs the callback and deletes the key while
// holding the write lock, so only one goroutine stops the client's timer.
package nex

import "sync"

type LockedMap[K comparable, V any] struct {
	sync.RWMutex
	real map[K]V
}

func (m *LockedMap[K, V]) Put(key K, value V) {
	m.Lock()
	defer m.Unlock()
	m.real[key] = value
}

func (m *LockedMap[K, V]) RunAndDelete(key K, callback func(key K, value V)) {
	m.Lock()
	defer m.Unlock()
	if value, ok := m.real[key]; ok {
		callback(key, value)
		delete(m.real, key)
	}
}

type UDPClient struct {
	address string
	stopped int
}

func (c *UDPClient) StopTimer() { c.stopped++ }

type UDPServer struct {
	clients *LockedMap[string, *UDPClient]
}

func (s *UDPServer) disconnect(addr string) {
	s.clients.RunAndDelete(addr, func(_ string, c *UDPClient) {
		c.StopTimer()
	})
}

func (s *UDPServer) handlePackets(addrs []string) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			s.disconnect(addr)
		}(a)
	}
	wg.Wait()
}
