// https://github.com/robfig/cron/pull/174 (fix shipped in cron v3)
// runningMu guards the running flag: Start and Schedule hold it across the check of
// running and the action that depends on it (append to entries or hand-off to run()).
package cronrun

import (
	"sort"
	"sync"
	"time"
)

type V3Entry struct {
	Every time.Duration
	Next  time.Time
	Job   func()
}

type V3Cron struct {
	entries   []*V3Entry
	add       chan *V3Entry
	stop      chan struct{}
	running   bool
	runningMu sync.Mutex
}

func NewV3() *V3Cron {
	return &V3Cron{add: make(chan *V3Entry), stop: make(chan struct{})}
}

func (c *V3Cron) Schedule(every time.Duration, job func()) {
	c.runningMu.Lock()
	defer c.runningMu.Unlock()
	entry := &V3Entry{Every: every, Job: job}
	if !c.running {
		c.entries = append(c.entries, entry)
	} else {
		c.add <- entry
	}
}

func (c *V3Cron) Start() {
	c.runningMu.Lock()
	defer c.runningMu.Unlock()
	if c.running {
		return
	}
	c.running = true
	go c.run()
}

func (c *V3Cron) run() {
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

func wireV3(c *V3Cron, jobs []func()) {
	go c.Start()
	for _, j := range jobs {
		go c.Schedule(time.Minute, j)
	}
}
