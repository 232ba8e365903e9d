// https://github.com/protoconf/protoconf/pull/520
// Fixed: the subscriber map is a plain map under one mutex, so appending a watcher is a single
// critical section and Publish never iterates a slice that is being replaced.
package dummykv

import "sync"

type lockedPubSub struct {
	mu     sync.Mutex
	topics map[string][]chan *KVPair
}

func newLockedPubSub() *lockedPubSub {
	return &lockedPubSub{topics: map[string][]chan *KVPair{}}
}

func (p *lockedPubSub) Emit(kv *KVPair) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, ch := range p.topics[kv.Key] {
		go func(ch chan *KVPair) { ch <- kv }(ch)
	}
}

func (p *lockedPubSub) Subscribe(key string) chan *KVPair {
	ch := make(chan *KVPair)
	p.mu.Lock()
	p.topics[key] = append(p.topics[key], ch)
	p.mu.Unlock()
	return ch
}

type SafeStore struct {
	channels *lockedPubSub
	data     *sync.Map
}

func (s *SafeStore) Set(key string, value []byte) {
	kv := &KVPair{Key: key, Value: value}
	s.data.Store(key, kv)
	go s.channels.Emit(kv)
}

func (s *SafeStore) Follow(key string) <-chan *KVPair {
	return s.channels.Subscribe(key)
}

func subscribeAllSafe(s *SafeStore, key string, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-s.Follow(key)
		}()
	}
	s.Set(key, []byte("v1"))
	wg.Wait()
}
