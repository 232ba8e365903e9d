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

// Started function literals that share one map call the helper under the lock they share: one at a time, so their
// start is no sign of copies side by side. Its other caller, Unlabel, holds no lock, and the message says so.
func relabel(labels map[string]string, key string) {
	if _, ok := labels[key]; ok {
		delete(labels, key) // Noncompliant [TOCTOU001] {{labels[key] is checked at line 54 and changed at line 55 by delete(labels, key), with no lock held at either point in relabel: 1 of the 2 calls to it in the package holds mu, but Unlabel calls it without}}
	}
}

func RelabelAll(labels map[string]string, keys []string) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, k := range keys {
		k := k
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			relabel(labels, k)
			mu.Unlock()
		}()
	}
	wg.Wait()
}

func Unlabel(labels map[string]string, key string) {
	relabel(labels, key)
}

// Without the lock, the copies run it side by side.
func unlabel(labels map[string]string, key string) {
	if _, ok := labels[key]; ok {
		delete(labels, key) // Noncompliant [TOCTOU001] {{labels[key] is checked at line 81 and changed at line 82 by delete(labels, key), with no lock held at either point, while unlabel is started in parallel at line 91, in a loop}}
	}
}

func UnlabelAll(labels map[string]string, keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		k := k
		wg.Add(1)
		go func() {
			defer wg.Done()
			unlabel(labels, k)
		}()
	}
	wg.Wait()
}
