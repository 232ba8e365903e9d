// https://github.com/protoconf/protoconf/pull/520
// The dummykv store's pubSub.Channel registered a watcher with a read-modify-write on a
// sync.Map: Load the current subscriber slice, append the new channel, Store the slice back.
// Each sync.Map call is atomic but the Load->Store sequence is not, so two goroutines watching
// the same key could both read the old slice and the later Store dropped the other watcher,
// which then never received updates (the PR measured 7.2% lost registrations).
// Fix: topics became a plain map guarded by one mutex held by both Channel and Publish.
package dummykv

import "sync"

type KVPair struct {
	Key   string
	Value []byte
}

type pubSub struct {
	topics *sync.Map // key -> []chan *KVPair
}

func newPubSub() *pubSub { return &pubSub{topics: &sync.Map{}} }

func (p *pubSub) Publish(kv *KVPair) {
	if v, ok := p.topics.Load(kv.Key); ok {
		for _, ch := range v.([]chan *KVPair) {
			go func(ch chan *KVPair) { ch <- kv }(ch)
		}
	}
}

// Channel is reached from Store.Watch, which every subscriber goroutine calls.
func (p *pubSub) Channel(key string) chan *KVPair {
	ch := make(chan *KVPair)
	subs := []chan *KVPair{ch}
	if v, ok := p.topics.Load(key); ok {
		subs = append(subs, v.([]chan *KVPair)...)
	}
	p.topics.Store(key, subs) // Noncompliant
	return ch
}

type Store struct {
	channels *pubSub
	data     *sync.Map
}

func (s *Store) Put(key string, value []byte) {
	kv := &KVPair{Key: key, Value: value}
	s.data.Store(key, kv)
	go s.channels.Publish(kv)
}

func (s *Store) Watch(key string) <-chan *KVPair {
	return s.channels.Channel(key)
}

func subscribeAll(s *Store, key string, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-s.Watch(key)
		}()
	}
	s.Put(key, []byte("v1"))
	wg.Wait()
}
