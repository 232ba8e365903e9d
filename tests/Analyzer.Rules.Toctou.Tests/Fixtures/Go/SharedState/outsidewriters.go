package sharedstate

// StartWatching's goroutine fills in a default handler for each event's key while AddHandler, which only code outside
// the package calls, stores one: the two can run at once on one watcher.
type EventWatcher struct {
	events   chan string
	handlers map[string]func(string)
}

func (w *EventWatcher) StartWatching() {
	go func() {
		for key := range w.events {
			if w.handlers[key] == nil { // Secondary [check]
				w.handlers[key] = func(string) {} // Noncompliant [TOCTOU001] {{w.handlers[key] is checked at line 13 and changed at line 14 by w.handlers[key], with no lock held at either point, while EventWatcher.AddHandler changes it at the same time: StartWatching starts the function literal they are in at line 11, and nothing in the package calls AddHandler on a known object: other code calls it at any time}}
			}
		}
	}()
}

func (w *EventWatcher) AddHandler(key string, h func(string)) {
	w.handlers[key] = h // Secondary [concurrency]
}

// The same with a method that the constructor starts on the object it returns.
type EventHub struct {
	events   chan string
	handlers map[string]func(string)
}

func NewEventHub() *EventHub {
	h := &EventHub{events: make(chan string), handlers: map[string]func(string){}}
	go h.dispatch() // Secondary [concurrency]
	return h
}

func (h *EventHub) dispatch() {
	for key := range h.events {
		if h.handlers[key] == nil { // Secondary [check]
			h.handlers[key] = func(string) {} // Noncompliant [TOCTOU001] {{h.handlers[key] is checked at line 38 and changed at line 39 by h.handlers[key], with no lock held at either point, while EventHub.RegisterHandler changes it at the same time: NewEventHub starts dispatch at line 32 on the object it returns, and nothing in the package calls RegisterHandler on a known object: other code calls it at any time}}
		}
	}
}

func (h *EventHub) RegisterHandler(key string, f func(string)) {
	h.handlers[key] = f // Secondary [concurrency]
}

// Every change of the map is the goroutine's own: the writer runs on it, called from the loop.
type EventRouter struct {
	events chan string
	routes map[string]int
}

func (r *EventRouter) StartRouting() {
	go func() {
		for key := range r.events {
			if _, ok := r.routes[key]; !ok {
				r.routes[key] = 0
			}
			r.bump(key)
		}
	}()
}

func (r *EventRouter) bump(key string) {
	r.routes[key]++
}
