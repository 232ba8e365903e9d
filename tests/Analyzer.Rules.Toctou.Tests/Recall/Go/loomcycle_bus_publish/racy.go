// https://github.com/denn-gubsky/loomcycle/pull/615
// The run-state bus copied the subscribers of a user under its lock, let the lock go and then sent the event on each
// subscriber's channel in a select with a default, while unsubscribe closed a subscriber's channel under the lock. A
// close between the copy and the send made the send panic ("send on closed channel"): a closed channel is always
// ready, so the default does not help. The fix delivers while holding the lock the close takes.
package runstate

import "sync"

type Event struct {
	Run   string
	State string
}

type sub struct {
	ch chan Event
}

type Bus struct {
	mu     sync.Mutex
	byUser map[string][]*sub
}

func (b *Bus) subscribe(user string) *sub {
	s := &sub{ch: make(chan Event, 16)}
	b.mu.Lock()
	b.byUser[user] = append(b.byUser[user], s)
	b.mu.Unlock()
	return s
}

func (b *Bus) unsubscribe(user string, s *sub) {
	b.mu.Lock()
	defer b.mu.Unlock()
	subs := b.byUser[user]
	for i, other := range subs {
		if other == s {
			b.byUser[user] = append(subs[:i], subs[i+1:]...)
			close(other.ch)
			return
		}
	}
}

func (b *Bus) publishLocal(user string, evt Event) {
	b.mu.Lock()
	matching := append([]*sub(nil), b.byUser[user]...)
	b.mu.Unlock()
	for _, s := range matching {
		select {
		case s.ch <- evt: // Noncompliant [TOCTOU001]
		default:
		}
	}
}
