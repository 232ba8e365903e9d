package claims

import "sync"

// Fetcher fetches pages with retries. A Fetcher is safe for concurrent use by multiple goroutines.
type Fetcher struct {
	pages map[string]string
	tries int
}

func (f *Fetcher) Page(url string) string {
	if page, ok := f.pages[url]; ok { // Secondary [check]
		return page
	}
	f.pages[url] = url // Noncompliant [TOCTOU001] {{f.pages[url] is checked at line 12 and changed at line 15 by f.pages[url], with no lock held at either point, while the documentation of Fetcher at line 5 promises concurrent use: "A Fetcher is safe for concurrent use by multiple goroutines."}}
	return url
}

// Tally counts words. It is not safe for concurrent use.
type Tally struct {
	words map[string]int
}

func (t *Tally) Add(w string) {
	if _, ok := t.words[w]; !ok {
		t.words[w] = 0
	}
	t.words[w]++
}

// Sink is what Fan writes to. Implementations must be safe for concurrent use.
type Sink struct {
	seen map[string]bool
}

func (s *Sink) Put(k string) {
	if !s.seen[k] {
		s.seen[k] = true
	}
}

// Recorder keeps events for tests. It is thread safe.
type Recorder struct {
	Events chan string
}

func NewRecorder(n int) *Recorder {
	return &Recorder{Events: make(chan string, n)}
}

// Record sends only when the recorder was made with a channel: the send changes the channel's queue, never whether
// Events refers to one.
func (r *Recorder) Record(s string) {
	if r.Events != nil {
		r.Events <- s
	}
}

func (r *Recorder) TryRecord(s string) bool {
	if len(r.Events) < cap(r.Events) { // Secondary [check]
		r.Events <- s // Noncompliant [TOCTOU001] {{r.Events is checked at line 60 and changed at line 61 by r.Events <- s, with no lock held at either point, while the documentation of Recorder at line 42 promises concurrent use: "It is thread safe."}}
		return true
	}
	return false
}

// Roots collects source roots from parallel builds.
type Roots struct {
	mu    sync.RWMutex
	roots map[string]bool
}

// Add adds a source root. This method is thread safe.
func (b *Roots) Add(root string) {
	b.mu.RLock()
	seen := b.roots[root]
	b.mu.RUnlock()
	if seen {
		return
	}
	b.mu.Lock()
	b.roots[root] = true // Noncompliant [TOCTOU001] {{b.roots[root] is checked at line 76 and changed at line 82 by b.roots[root], checked under the read lock b.mu and changed under the write lock taken at line 81 without re-checking}}
	b.mu.Unlock()
}

// Drop removes a source root. It may race with Add, which can put the root back.
func (b *Roots) Drop(root string) {
	b.mu.RLock()
	seen := b.roots[root]
	b.mu.RUnlock()
	if !seen {
		return
	}
	b.mu.Lock()
	delete(b.roots, root) // Noncompliant [TOCTOU001] {{b.roots[root] is checked at line 89 and changed at line 95 by delete(b.roots, root), checked under the read lock b.mu and changed under the write lock taken at line 94 without re-checking}}
	b.mu.Unlock()
}

// Touch marks a root as used. To be thread safe, a mark may be lost: it is only a hint.
func (b *Roots) Touch(root string) {
	b.mu.RLock()
	seen := b.roots[root]
	b.mu.RUnlock()
	if seen {
		return
	}
	b.mu.Lock()
	b.roots[root] = false // Noncompliant [TOCTOU001] {{b.roots[root] is checked at line 102 and changed at line 108 by b.roots[root], checked under the read lock b.mu and changed under the write lock taken at line 107 without re-checking}}
	b.mu.Unlock()
}
