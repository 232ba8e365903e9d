package shared

import "sync"

type PoolConn struct{ id int }

func (c *PoolConn) ping() error { return nil }

func dialPool() (*PoolConn, error) { return &PoolConn{}, nil }

// ConnPool hands out idle connections and takes them back, each under its lock.
type ConnPool struct {
	mu   sync.Mutex
	idle []*PoolConn
}

// get takes an idle connection out under the lock, or dials a new one.
func (p *ConnPool) get() (*PoolConn, error) {
	p.mu.Lock()
	if len(p.idle) > 0 {
		c := p.idle[0]
		p.idle = p.idle[1:]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	return dialPool()
}

func (p *ConnPool) put(c *PoolConn) {
	p.mu.Lock()
	p.idle = append(p.idle, c)
	p.mu.Unlock()
}

// What get answers is the connection it took: testing it checks nothing another caller can change.
func (p *ConnPool) Ping() error {
	c, err := p.get()
	if err != nil {
		return err
	}
	err = c.ping()
	p.put(c)
	return err
}

// A look at the pool itself, outside the lock, still goes stale.
func (p *ConnPool) Warm() {
	if len(p.idle) == 0 {
		c, _ := dialPool()
		p.put(c) // Noncompliant [TOCTOU001] {{p.idle is checked at line 49 and changed at line 51 by p.put(c), but the check runs before p.mu is taken at line 51, inside put()}}
	}
}

// PoolUser reaches the pool through a field: the same take.
type PoolUser struct{ pool *ConnPool }

func (u *PoolUser) Ping() error {
	c, err := u.pool.get()
	if err != nil {
		return err
	}
	err = c.ping()
	u.pool.put(c)
	return err
}
