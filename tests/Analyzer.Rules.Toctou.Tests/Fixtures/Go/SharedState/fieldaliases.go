package fieldaliases

import "sync"

// stop takes the stream's lock through a local given the consumer's field, and calls the helper through that local:
// the helper runs under the lock it needs.
type stream struct {
	mu        sync.RWMutex
	consumers map[string]*consumer
}

type consumer struct {
	mu   sync.Mutex
	name string
	mset *stream
}

func (mset *stream) removeConsumer(o *consumer) {
	if mset.consumers != nil {
		delete(mset.consumers, o.name)
	}
}

func (mset *stream) addConsumer(o *consumer) {
	mset.mu.Lock()
	if mset.consumers == nil {
		mset.consumers = map[string]*consumer{}
	}
	mset.consumers[o.name] = o
	mset.mu.Unlock()
}

func (o *consumer) stop() {
	o.mu.Lock()
	mset := o.mset
	o.mset = nil
	o.mu.Unlock()

	mset.mu.Lock()
	mset.removeConsumer(o)
	mset.mu.Unlock()
}
