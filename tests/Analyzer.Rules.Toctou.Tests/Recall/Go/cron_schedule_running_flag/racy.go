// https://github.com/robfig/cron/pull/174
// Cron.running was a plain bool. Schedule tested !c.running and appended straight to c.entries,
// while Start set running and launched run(), which sorts and walks c.entries; an entry added during
// start-up could be appended after run() owned the slice, and two Starts could both launch run().
// Fixed in v3: runningMu is held across the running check and the act in Schedule and Start.
package cronrun

import (
	"sort"
	"time"
)

type Entry struct {
	Every time.Duration
	Next  time.Time
	Job   func()
}

type Cron struct {
	entries []*Entry
	add     chan *Entry
	stop    chan struct{}
	running bool
}

func New() *Cron {
	return &Cron{add: make(chan *Entry), stop: make(chan struct{})}
}

// Schedule adds a job; it may be called before or after Start, from any goroutine.
func (c *Cron) Schedule(every time.Duration, job func()) {
	entry := &Entry{Every: every, Job: job}
	if !c.running {
		c.entries = append(c.entries, entry) // Noncompliant
		return
	}
	c.add <- entry
}

func (c *Cron) Start() {
	if c.running {
		return
	}
	c.running = true // Noncompliant
	go c.run()
}

func (c *Cron) run() {
	now := time.Now()
	for _, e := range c.entries {
		e.Next = now.Add(e.Every)
	}
	for {
		sort.Slice(c.entries, func(i, j int) bool { return c.entries[i].Next.Before(c.entries[j].Next) })
		wait := time.Hour
		if len(c.entries) > 0 {
			wait = time.Until(c.entries[0].Next)
		}
		timer := time.NewTimer(wait)
		select {
		case now = <-timer.C:
			for _, e := range c.entries {
				if e.Next.After(now) {
					break
				}
				go e.Job()
				e.Next = now.Add(e.Every)
			}
		case e := <-c.add:
			timer.Stop()
			e.Next = time.Now().Add(e.Every)
			c.entries = append(c.entries, e)
		case <-c.stop:
			timer.Stop()
			return
		}
	}
}

// wire starts the scheduler and registers jobs from separate goroutines.
func wire(c *Cron, jobs []func()) {
	go c.Start()
	for _, j := range jobs {
		go c.Schedule(time.Minute, j)
	}
}
