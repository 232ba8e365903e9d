package sharedstate

import "sync"

// A changelog replays its log on the object openChangelog has just made: the read-only branch calls another method on it
// first, but one run takes only one branch, so nothing else holds the changelog when replay runs.
type Changelog struct {
	mu      sync.Mutex
	tail    string
	entries []string
}

func openChangelog(readOnly bool) *Changelog {
	l := &Changelog{}
	if readOnly {
		l.follow()
	} else {
		l.replay()
	}
	go l.flushLoop()
	return l
}

func (l *Changelog) follow() { go l.flushLoop() }

func (l *Changelog) flushLoop() {}

func (l *Changelog) replay() {
	if l.tail == "" {
		l.tail = "0"
	}
}

func (l *Changelog) Close() {
	l.mu.Lock()
	l.tail = ""
	l.entries = nil
	l.mu.Unlock()
}

// loadShard first calls a method on the new shard that hands it to a goroutine.
type Shard struct {
	mu    sync.Mutex
	size  int
	count int
}

func loadShard() *Shard {
	s := &Shard{}
	s.startPolling()
	s.readShardIndex()
	return s
}

func (s *Shard) startPolling() { go s.pollShard() }

func (s *Shard) pollShard() {}

func (s *Shard) readShardIndex() {
	if s.count == 0 { // Secondary [check]
		s.count = s.size // Noncompliant [TOCTOU001] {{s.count is checked at line 60 and changed at line 61 by s.count, with no lock held at either point}}
	}
}

func (s *Shard) Rewind() {
	s.mu.Lock()
	s.count = 0
	s.mu.Unlock()
}
