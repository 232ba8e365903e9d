// https://github.com/micro/go-micro/pull/1661
// util/socket Pool.Get looked the socket id up under the read lock, released it, built a new
// socket and then stored it under the write lock without looking again. Two goroutines asking
// for the same unknown id could both miss, both create a socket, and the second one overwrote
// the first in the pool (the first caller kept a socket the pool no longer knew about).
// Fix: after taking the write lock, check the map again (double-checked locking) before creating.
package socket

import "sync"

type Socket struct {
	id     string
	recv   chan []byte
	closed chan struct{}
}

func New(id string) *Socket {
	return &Socket{id: id, recv: make(chan []byte, 128), closed: make(chan struct{})}
}

func (s *Socket) Close() { close(s.closed) }

type Pool struct {
	sync.RWMutex
	pool map[string]*Socket
}

func NewPool() *Pool { return &Pool{pool: make(map[string]*Socket)} }

// Get may be called by several goroutines for the same connection id.
func (p *Pool) Get(id string) (*Socket, bool) {
	p.RLock()
	socket, ok := p.pool[id]
	if ok {
		p.RUnlock()
		return socket, ok
	}
	p.RUnlock()

	// create new socket
	socket = New(id)
	// save socket
	p.Lock()
	p.pool[id] = socket // Noncompliant
	p.Unlock()
	return socket, false
}

func (p *Pool) Release(s *Socket) {
	p.Lock()
	defer p.Unlock()
	s.Close()
	delete(p.pool, s.id)
}

func serve(p *Pool, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func(id string) {
			defer wg.Done()
			sock, _ := p.Get(id)
			sock.recv <- []byte("msg")
		}(id)
	}
	wg.Wait()
}
