package shared

import "sync"

// WaitList has no lock: its owner's serializes it.
type WaitList struct {
	items map[int]bool
}

func (w *WaitList) add(id int) {
	if !w.items[id] {
		w.items[id] = true
	}
}

func (w *WaitList) drop(id int) {
	if w.items[id] {
		delete(w.items, id) // Noncompliant [TOCTOU001] {{w.items[id] is checked at line 17 and changed at line 18 by delete(w.items, id), with no lock held at either point, while drop runs in every copy of Switchboard.hangUp, which is started in parallel at line 47, in a loop}}
	}
}

// Switchboard starts a handler for each request; the copies take its lock before they touch the list.
type Switchboard struct {
	mu      sync.Mutex
	waiting *WaitList
}

func (s *Switchboard) pickUp(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiting.add(id)
}

// The copies of hangUp reach the list without the lock.
func (s *Switchboard) hangUp(id int) {
	s.waiting.drop(id)
}

func (s *Switchboard) Serve(ids []int) {
	for _, id := range ids {
		go s.pickUp(id)
	}
}

func (s *Switchboard) Close(ids []int) {
	for _, id := range ids {
		go s.hangUp(id)
	}
}
