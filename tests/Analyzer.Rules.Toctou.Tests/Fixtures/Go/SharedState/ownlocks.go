package ownlocks

import "sync"

// A method that guards its own goroutines' sum with a mutex it declares itself says nothing about whether the type's
// objects are shared: Start's set-once flag is left alone.
type Indexer struct {
	started bool
}

func (x *Indexer) Start() {
	if x.started {
		panic("started twice")
	}
	x.started = true
	go x.run()
}

func (x *Indexer) run() {}

func (x *Indexer) Sum(parts [][]int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sum := 0
	for _, p := range parts {
		wg.Add(1)
		go func(p []int) {
			defer wg.Done()
			for _, v := range p {
				mu.Lock()
				sum += v
				mu.Unlock()
			}
		}(p)
	}
	wg.Wait()
	return sum
}

// A lock made with new in the method is its own too.
type Sorter struct {
	ready bool
}

func (s *Sorter) Prepare() {
	if s.ready {
		panic("prepared twice")
	}
	s.ready = true
	go s.run()
}

func (s *Sorter) run() {}

func (s *Sorter) Merge(a, b []int) []int {
	mu := new(sync.Mutex)
	out := make([]int, 0, len(a)+len(b))
	var wg sync.WaitGroup
	for _, part := range [][]int{a, b} {
		wg.Add(1)
		go func(part []int) {
			defer wg.Done()
			mu.Lock()
			out = append(out, part...)
			mu.Unlock()
		}(part)
	}
	wg.Wait()
	return out
}

// A lock a method takes out of the receiver's own state is the type's: its objects are meant to be shared.
type shardState struct {
	mu    sync.Mutex
	count int
}

type Shards struct {
	state  *shardState
	opened bool
}

func (s *Shards) Open() {
	if s.opened {
		panic("opened twice")
	}
	s.opened = true // Noncompliant [TOCTOU001] {{s.opened is checked at line 84 and changed at line 87 by s.opened, with no lock held at either point, though Shards's method Add takes a lock; two callers that run it at once can both pass the test and both start the task made at line 88, so it runs twice}}
	go s.run()
}

func (s *Shards) run() {}

func (s *Shards) Add() {
	s.state.mu.Lock()
	s.state.count++
	s.state.mu.Unlock()
}
