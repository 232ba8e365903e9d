package sharedstate

// Bus keeps its handler in a field and starts it for every event: each start runs handle on its own goroutine, side
// by side.
type Bus struct {
	onEvent func(string)
	seen    map[string]bool
	last    string
}

func NewBus() *Bus {
	b := &Bus{seen: map[string]bool{}}
	b.onEvent = b.handle
	return b
}

func (b *Bus) handle(e string) {
	if !b.seen[e] { // Secondary [check]
		b.seen[e] = true // Noncompliant {{b.seen[e] is checked at line 18 and changed at line 19 by b.seen[e], with no lock held at either point, while handle is started in parallel at line 32, in a loop}}
	}
}

// Called directly, not started: it runs on the caller's goroutine.
func (b *Bus) remember(e string) {
	if b.last != e {
		b.last = e
	}
}

func (b *Bus) Publish(events []string) {
	for _, e := range events {
		go b.onEvent(e)
		b.remember(e)
	}
}
