package sharedstate

// Publish starts one goroutine per call, and Replay calls it in a loop on one feed: the started copies run side by side.
type Feed struct {
	delivered map[string]bool
	started   bool
}

func (f *Feed) deliver(e string) {
	if !f.delivered[e] { // Secondary [check]
		f.delivered[e] = true // Noncompliant {{f.delivered[e] is checked at line 10 and changed at line 11 by f.delivered[e], with no lock held at either point, while deliver is started in parallel at line 16}}
	}
}

func (f *Feed) Publish(e string) {
	go f.deliver(e)
}

func (f *Feed) Replay(events []string) {
	for _, e := range events {
		f.Publish(e)
	}
}

// Start runs its loop once; a loop that makes a new feed each turn starts each on its own feed.
func (f *Feed) loop() {
	if !f.started {
		f.started = true
	}
}

func (f *Feed) Start() {
	go f.loop()
}

func StartAll(n int) {
	for i := 0; i < n; i++ {
		f := &Feed{delivered: map[string]bool{}}
		f.Start()
	}
}
