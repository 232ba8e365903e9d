package sharedstate

import "sync"

// A constructor that starts one goroutine on the object it has just made gives that goroutine the fields only it
// and its helpers touch: the check and the act on them cannot be split.
type Batcher struct {
	mu    sync.Mutex
	in    chan int
	batch []int
	total int
}

func NewBatcher() *Batcher {
	b := &Batcher{in: make(chan int)}
	go b.collect()
	return b
}

func (b *Batcher) Add(v int) { b.in <- v }

func (b *Batcher) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.total
}

func (b *Batcher) collect() {
	for v := range b.in {
		if b.batch == nil {
			b.batch = make([]int, 0, 10)
		}
		b.batch = append(b.batch, v)
		if len(b.batch) >= 10 {
			b.flushBatch()
		}
	}
}

func (b *Batcher) flushBatch() {
	b.mu.Lock()
	b.total += len(b.batch)
	b.mu.Unlock()
	b.batch = nil
}

// Two goroutines on one object share its fields.
type Gatherer struct {
	mu    sync.Mutex
	in    chan int
	batch []int
	total int
}

func NewGatherer() *Gatherer {
	g := &Gatherer{in: make(chan int)}
	go g.gather()
	go g.gather() // Secondary [concurrency]
	return g
}

func (g *Gatherer) gather() {
	for v := range g.in {
		if g.batch == nil { // Secondary [check]
			g.batch = make([]int, 0, 10) // Noncompliant [TOCTOU001] {{g.batch is checked at line 64 and changed at line 65 by g.batch, with no lock held at either point, while gather is started in parallel at line 57}}
		}
		g.batch = append(g.batch, v)
		g.mu.Lock()
		g.total += len(g.batch)
		g.mu.Unlock()
	}
}
