package trackers

import "sync"

// Goroutines share the tracker the function was given. Seen and Mark each lock, but a pair of calls is two steps: two
// goroutines can both find a URL unseen and both fetch it.
type Tracker struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (t *Tracker) Seen(k string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.seen[k]
}

func (t *Tracker) Mark(k string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.seen[k] = true
}

func fetch(string) {}

func Crawl(t *Tracker, urls []string) {
	for _, u := range urls {
		go func(u string) {
			if !t.Seen(u) {
				t.Mark(u) // Noncompliant [TOCTOU001] {{t's entry for u is checked at line 29 and changed at line 30 by t.Mark(u), and t.mu is released and re-taken at line 30, inside Mark() in between}}
				fetch(u)
			}
		}(u)
	}
}

// The same key spelled with other spacing is the same entry.
func CrawlPages(t *Tracker, urls []string) {
	for _, u := range urls {
		go func(u string) {
			if !t.Seen(u+"/") {
				t.Mark(u + "/") // Noncompliant [TOCTOU001] {{t's entry for u+"/" is checked at line 41 and changed at line 42 by t.Mark(u + "/"), and t.mu is released and re-taken at line 42, inside Mark() in between}}
				fetch(u)
			}
		}(u)
	}
}
