package sharedstate

import "sync"

// inspectAll starts Tag on whatever Tagger it is handed, once per item; its one caller hands it a labeller, so the
// labeller's Tag runs side by side with itself.
type Tagger interface {
	Tag(item int)
}

type labeller struct {
	labels map[int]string
}

func (l *labeller) Tag(item int) {
	if _, ok := l.labels[item]; !ok { // Secondary [check]
		l.labels[item] = "seen" // Noncompliant [TOCTOU001] {{l.labels[item] is checked at line 16 and changed at line 17 by l.labels[item], with no lock held at either point, while Tag is started in parallel at line 37, in a loop}}
	}
}

// The stamper takes its lock around the check and the change.
type stamper struct {
	mu     sync.Mutex
	stamps map[int]string
}

func (s *stamper) Tag(item int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.stamps[item]; !ok {
		s.stamps[item] = "seen"
	}
}

func inspectAll(t Tagger, items []int) {
	for _, item := range items {
		go t.Tag(item)
	}
}

func inspectLabels(items []int) {
	inspectAll(&labeller{labels: map[int]string{}}, items)
}
