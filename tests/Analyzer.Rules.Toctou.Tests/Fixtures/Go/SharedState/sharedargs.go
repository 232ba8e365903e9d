package sharedstate

import "sync"

// Plain functions handed a pointer share the object when every copy started in a loop gets the same one: the spawner
// sets it before the loop.
type tally struct {
	seen  map[string]bool
	count int
}

func ensureSeen(t *tally) {
	if t.seen == nil { // Secondary [check]
		t.seen = map[string]bool{} // Noncompliant {{t.seen is checked at line 13 and changed at line 14 by t.seen, with no lock held at either point, while ensureSeen is started in parallel at line 29, in a loop}}
	}
}

func countUpTo(t *tally, limit int) {
	if t.count < limit { // Secondary [check]
		t.count++ // Noncompliant {{t.count is checked at line 19 and changed at line 20 by t.count, with no lock held at either point, while countUpTo is started in parallel at line 29, in a loop}}
	}
}

func CountAll(n int) {
	t := &tally{}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { // Secondary [concurrency]
			defer wg.Done()
			ensureSeen(t)
			countUpTo(t, n)
		}()
	}
	wg.Wait()
}

// Each copy gets an object of its own: one the loop hands out, one made on each turn, or one a literal is handed.
func tallyEach(t *tally) {
	if t.count < 3 {
		t.count++
	}
}

func CountEach(ts []*tally, byName map[string]tally) {
	for _, t := range ts {
		go tallyEach(t)
	}
	for i := 0; i < 3; i++ {
		fresh := &tally{}
		go func() { tallyEach(fresh) }()
	}
	for name := range byName {
		copied := byName[name]
		go func(t *tally) { tallyEach(t) }(&copied)
	}
}

// A map handed to every copy is shared as a whole, as a pointer's object is.
func markVisited(visited map[string]int, url string) {
	if _, ok := visited[url]; !ok { // Secondary [check]
		visited[url] = 1 // Noncompliant {{visited[url] is checked at line 61 and changed at line 62 by visited[url], with no lock held at either point, while markVisited is started in parallel at line 69, in a loop}}
	}
}

func VisitAll(urls []string) {
	visited := map[string]int{}
	for _, u := range urls {
		go markVisited(visited, u) // Secondary [concurrency]
	}
}

// A function that binds its parameter to another map works on that one.
func markFresh(visited map[string]int, url string) {
	visited = map[string]int{}
	if _, ok := visited[url]; !ok {
		visited[url] = 1
	}
}

func VisitFresh(urls []string) {
	visited := map[string]int{}
	for _, u := range urls {
		go markFresh(visited, u)
	}
}

// A sync.Map declared before the loop and handed to every copy by its address: each call on it is one step, the Load
// and the Store are two.
func rememberKey(seen *sync.Map, k string) {
	if _, ok := seen.Load(k); !ok { // Secondary [check]
		seen.Store(k, true) // Noncompliant {{seen is checked at line 91 and changed at line 92 by seen.Store(k, true), with no lock held at either point, while rememberKey is started in parallel at line 101, in a loop}}
	}
}

func RememberAll(keys []string) {
	var seen sync.Map
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) { // Secondary [concurrency]
			defer wg.Done()
			rememberKey(&seen, k)
		}(k)
	}
	wg.Wait()
}

// LoadOrStore checks and stores in one step.
func rememberOnce(seen *sync.Map, k string) {
	seen.LoadOrStore(k, true)
}

func RememberAllOnce(keys []string) {
	var seen sync.Map
	for _, k := range keys {
		go rememberOnce(&seen, k)
	}
}

// Two starts in one function that hand the same object make two copies sharing it, as a loop's do.
type quota struct{ left int }

func takeOne(q *quota) {
	if q.left > 0 { // Secondary [check]
		q.left-- // Noncompliant {{q.left is checked at line 125 and changed at line 126 by q.left, with no lock held at either point, while takeOne is started in parallel at line 132}}
	}
}

func TakeTwo() {
	q := &quota{left: 1}
	go takeOne(q) // Secondary [concurrency]
	go takeOne(q) // Secondary [concurrency]
}

// Two starts that hand different objects do not.
func TakeApart() {
	a, b := &quota{left: 1}, &quota{left: 1}
	go takeOne2(a)
	go takeOne2(b)
}

func takeOne2(q *quota) {
	if q.left > 0 {
		q.left--
	}
}

// A method started on an object made on each turn still hands every copy the one object the spawner made before the
// loop.
type meter struct{ id int }

func (m *meter) charge(q *quota) {
	if q.left > 0 { // Secondary [check]
		q.left-- // Noncompliant {{q.left is checked at line 154 and changed at line 155 by q.left, with no lock held at either point, while charge is started in parallel at line 163, and every copy is handed the same q}}
	}
}

func ChargeAll(n int) {
	q := &quota{left: n}
	for i := 0; i < n; i++ {
		m := &meter{id: i}
		go m.charge(q) // Secondary [concurrency]
	}
}

// Copies that call it only under a lock they share pass through it one at a time.
func (m *meter) refund(q *quota) {
	if q.left < 10 {
		q.left++
	}
}

func RefundAll(n int) {
	q := &quota{}
	var mu sync.Mutex
	for i := 0; i < n; i++ {
		m := &meter{id: i}
		go func() {
			mu.Lock()
			m.refund(q)
			mu.Unlock()
		}()
	}
}

// Starts on the two branches of an if: one run takes one of them.
func refill(q *quota) {
	if q.left == 0 {
		q.left = 10
	}
}

func RefillEither(fast bool) {
	q := &quota{}
	if fast {
		go refill(q)
	} else {
		go refill(q)
	}
}
