package sharedstate

import "sync"

// A function started in parallel runs everything it calls in each copy: the methods it calls on the objects it is
// handed run side by side, on the same objects.
type Tally struct {
	seen  map[string]int
	total int
}

func (t *Tally) Record(k string) {
	if _, ok := t.seen[k]; !ok { // Secondary [check]
		t.seen[k] = len(t.seen) // Noncompliant [TOCTOU001] {{t.seen[k] is checked at line 13 and changed at line 14 by t.seen[k], with no lock held at either point, while Record runs in every copy of count, which is started in parallel at line 60, in a loop}}
	}
}

func (t *Tally) Cap(limit int) {
	if t.total < limit {
		t.total = limit
	}
}

// What a copy's own argument points to is that copy's: each count gets its own batch. Inside the loop, t is a local
// that hides the receiver.
func (t *Tally) fill(batch *Batch) {
	if _, ok := batch.Counts["unnamed"]; !ok {
		batch.Counts["unnamed"] = 0
	}
	for i := range batch.Items {
		t := &batch.Items[i]
		if t.Name == "always" {
			continue
		}
		t.Name = "never"
	}
}

type Batch struct {
	Counts map[string]int
	Items  []Item
}

type Item struct {
	Name string
}

func count(t *Tally, keys []string, batch *Batch, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, k := range keys {
		t.Record(k)
	}
	t.fill(batch)
}

func countAll(t *Tally, batches [][]string, items []*Batch) {
	var wg sync.WaitGroup
	for i, keys := range batches {
		wg.Add(1)
		go count(t, keys, items[i], &wg)
	}
	wg.Wait()
}

// Each copy makes its own Tally: nothing is shared between the copies.
func capOwn(limit int, wg *sync.WaitGroup) {
	defer wg.Done()
	own := &Tally{}
	own.Cap(limit)
}

func capAll(limits []int) {
	var wg sync.WaitGroup
	for _, limit := range limits {
		wg.Add(1)
		go capOwn(limit, &wg)
	}
	wg.Wait()
}

// Each turn starts Scan on a Scanner of its own: the copies share no receiver.
type Scanner struct {
	path string
	seen map[string]bool
}

func (s *Scanner) Scan() {
	if !s.seen[s.path] {
		s.seen[s.path] = true
	}
}

func scanAll(paths []string) {
	for _, p := range paths {
		s := &Scanner{path: p, seen: map[string]bool{}}
		go s.Scan()
	}
}
