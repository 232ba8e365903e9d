// https://github.com/micro/go-micro/pull/1661
// Fixed: Get re-checks the map after acquiring the write lock and only creates a socket if the
// id is still absent (double-checked locking).
package socket

import "sync"

type SafeSocketPool struct {
	sync.RWMutex
	pool map[string]*Socket
}

func NewSafeSocketPool() *SafeSocketPool { return &SafeSocketPool{pool: make(map[string]*Socket)} }

func (p *SafeSocketPool) Acquire(id string) (*Socket, bool) {
	p.RLock()
	sock, ok := p.pool[id]
	if ok {
		p.RUnlock()
		return sock, ok
	}
	p.RUnlock()

	p.Lock()
	defer p.Unlock()
	// double checked locking
	sock, ok = p.pool[id]
	if ok {
		return sock, ok
	}
	sock = New(id)
	p.pool[id] = sock
	return sock, false
}

func (p *SafeSocketPool) Drop(s *Socket) {
	p.Lock()
	defer p.Unlock()
	s.Close()
	delete(p.pool, s.id)
}

func serveSafe(p *SafeSocketPool, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func(id string) {
			defer wg.Done()
			sock, _ := p.Acquire(id)
			sock.recv <- []byte("msg")
		}(id)
	}
	wg.Wait()
}
