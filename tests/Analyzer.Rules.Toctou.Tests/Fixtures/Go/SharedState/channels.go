package sharedstate

import "sync"

// A select whose default closes the channel tests whether it is closed and then closes it: the default runs only when
// no case was ready. Two goroutines can both find it open and both close it, and the second close panics.
type Pipeline struct {
	mu      sync.Mutex
	done    chan struct{}
	stopped chan struct{}
}

func (p *Pipeline) abort() {
	select {
	case <-p.done: // Secondary [check]
	default:
		close(p.done) // Noncompliant [TOCTOU001] {{p.done is checked at line 15 and changed at line 17 by close(p.done), with no lock held at either point, while abort is started in parallel at line 46, in a loop; two callers that run it at once can both pass the test and both reach close(p.done) at line 17, which fails when it is made twice}}
	}
}

// Under one lock the test and the close are one step.
func (p *Pipeline) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.stopped:
	default:
		close(p.stopped)
	}
}

func (p *Pipeline) Run(stages []func() error) {
	var wg sync.WaitGroup
	for _, stage := range stages {
		wg.Add(1)
		go p.runStage(stage, &wg)
	}
	wg.Wait()
	p.stop()
}

func (p *Pipeline) runStage(stage func() error, wg *sync.WaitGroup) {
	defer wg.Done()
	if err := stage(); err != nil {
		for i := 0; i < 2; i++ {
			go p.abort()
		}
	}
}

// A send after a look at the channel's length: two senders can both see room for one, and the second blocks.
type Mailbox struct {
	inbox chan string
}

func (m *Mailbox) Post(s string) bool {
	if len(m.inbox) == cap(m.inbox) { // Secondary [check]
		return false
	}
	m.inbox <- s // Noncompliant [TOCTOU001] {{m.inbox is checked at line 57 and changed at line 60 by m.inbox <- s, with no lock held at either point, while Post is started in parallel at line 79, in a loop}}
	return true
}

// A select sends only if there is room, in one step.
func (m *Mailbox) TryPost(s string) bool {
	if len(m.inbox) == cap(m.inbox) {
		return false
	}
	select {
	case m.inbox <- s:
		return true
	default:
		return false
	}
}

func (m *Mailbox) Deliver(messages []string) {
	for _, s := range messages {
		go m.Post(s)
		go m.TryPost(s)
	}
}

// A worker puts back what it could not handle. The receive and the send are each one step: nothing the worker looked
// at can have gone stale in between.
func (m *Mailbox) work(handle func(string) error) {
	for {
		select {
		case s := <-m.inbox:
			if handle(s) != nil {
				m.inbox <- s
			}
		}
	}
}

func (m *Mailbox) Start(handle func(string) error) {
	for i := 0; i < 2; i++ {
		go m.work(handle)
	}
}

// A receive after a look at the channel's length: two consumers can both see one value waiting, and the second blocks
// until another comes, or for ever.
type Backlog struct {
	jobs chan int
}

func (b *Backlog) Next() int {
	if len(b.jobs) > 0 { // Secondary [check]
		return <-b.jobs // Noncompliant [TOCTOU001] {{b.jobs is checked at line 110 and changed at line 111 by <-b.jobs, with no lock held at either point, while Next is started in parallel at line 131, in a loop}}
	}
	return -1
}

// A select receives only if a value is waiting, in one step.
func (b *Backlog) TryNext() int {
	if len(b.jobs) == 0 {
		return -1
	}
	select {
	case j := <-b.jobs:
		return j
	default:
		return -1
	}
}

func (b *Backlog) Drain() {
	for i := 0; i < 3; i++ {
		go b.Next()
		go b.TryNext()
	}
}

// One goroutine alone receives, and other code only sends: once len says a job is there, the job is still there when
// the goroutine's receive comes.
type Courier struct {
	jobs chan string
}

func newCourier() *Courier {
	c := &Courier{jobs: make(chan string, 8)}
	go c.deliver()
	return c
}

func (c *Courier) Send(job string) {
	c.jobs <- job
}

func (c *Courier) deliver() {
	for {
		if len(c.jobs) > 0 {
			println(<-c.jobs)
		}
	}
}
