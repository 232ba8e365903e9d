package literalholds

import "sync"

// The check and the act run in the goroutine listen starts: no lock its callers hold reaches there, whether they hold
// one or not.
type EventWatcher struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (w *EventWatcher) Start(events chan string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.listen(events)
}

func (w *EventWatcher) Restart(events chan string) {
	w.listen(events)
}

func (w *EventWatcher) listen(events chan string) {
	go func() {
		for e := range events {
			if !w.seen[e] {
				w.seen[e] = true // Noncompliant [TOCTOU001] {{w.seen[e] is checked at line 25 and changed at line 26 by w.seen[e], with no lock held at either point, while EventWatcher.Start changes it at the same time: listen starts the function literal they are in at line 23, and nothing in the package calls Start on a known object: other code calls it at any time}}
			}
		}
	}()
}

func (w *EventWatcher) Forget(e string) {
	w.mu.Lock()
	delete(w.seen, e)
	w.mu.Unlock()
}

// A call on an object its caller has just made needs no lock: the count of calls leaves it out, and says so.
type Quota struct {
	mu    sync.Mutex
	total int
	limit int
}

func NewQuota(limit int) *Quota {
	t := &Quota{limit: limit}
	t.add(1)
	return t
}

func (t *Quota) Add(n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.add(n)
}

func (t *Quota) Bump() {
	t.add(1)
}

func (t *Quota) add(n int) {
	if t.total+n <= t.limit {
		t.total += n // Noncompliant [TOCTOU001] {{t.total is checked at line 62 and changed at line 63 by t.total, with no lock held at either point in add: 1 of the 2 calls to it in the package holds t.mu, but Quota.Bump calls it without (not counting 1 on an object its caller has just made)}}
	}
}

// A literal the function keeps in a local and calls itself runs under what its callers hold: the count stands.
func (t *Quota) Trim(n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.trim(n)
}

func (t *Quota) Drain() {
	t.trim(1)
}

func (t *Quota) trim(n int) {
	drop := func() {
		if t.total >= n {
			t.total -= n // Noncompliant [TOCTOU001] {{t.total is checked at line 80 and changed at line 81 by t.total, with no lock held at either point in trim: 1 of the 2 calls to it in the package holds t.mu, but Quota.Drain calls it without}}
		}
	}
	drop()
}
