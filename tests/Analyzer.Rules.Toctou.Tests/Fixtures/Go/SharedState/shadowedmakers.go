package shadowedmakers

import "sync"

// openStore hands on an object of another type held in a variable of the same name in another branch: the object
// the calls are made on is still only its maker's, so they need no lock, and the other call holds it.
type keyStore struct {
	mu  sync.Mutex
	key []byte
	fch chan struct{}
}

// writeMeta writes the metadata. Lock should be held.
func (o *keyStore) writeMeta() {
	if o.key == nil {
		o.key = makeKey()
	}
}

// convert is called only on a store its caller has just made.
func (o *keyStore) convert() {
	o.writeMeta()
}

func (o *keyStore) UpdateConfig() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.writeMeta()
}

func (o *keyStore) flushLoop() {
	for range o.fch {
		o.UpdateConfig()
	}
}

type memStore struct{ n int }

type registry struct {
	mu     sync.Mutex
	stores []interface{}
}

func (r *registry) add(s interface{}) {
	r.mu.Lock()
	r.stores = append(r.stores, s)
	r.mu.Unlock()
}

func (r *registry) openStore(memory, convert bool) interface{} {
	if memory {
		o := &memStore{}
		r.add(o)
		return o
	}
	o := &keyStore{fch: make(chan struct{}, 1)}
	if convert {
		o.convert()
	}
	o.writeMeta()
	go o.flushLoop()
	r.add(o)
	return o
}

func makeKey() []byte { return []byte("k") }
