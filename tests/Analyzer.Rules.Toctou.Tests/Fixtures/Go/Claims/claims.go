package claims

// Fetcher fetches pages with retries. A Fetcher is safe for concurrent use by multiple goroutines.
type Fetcher struct {
	pages map[string]string
	tries int
}

func (f *Fetcher) Page(url string) string {
	if page, ok := f.pages[url]; ok { // Secondary [check]
		return page
	}
	f.pages[url] = url // Noncompliant [TOCTOU001] {{f.pages[url] is checked at line 10 and changed at line 13 by f.pages[url], with no lock held at either point, while the documentation of Fetcher at line 3 promises concurrent use: "A Fetcher is safe for concurrent use by multiple goroutines."}}
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
		r.Events <- s // Noncompliant [TOCTOU001] {{r.Events is checked at line 58 and changed at line 59 by r.Events <- s, with no lock held at either point, while the documentation of Recorder at line 40 promises concurrent use: "It is thread safe."}}
		return true
	}
	return false
}
