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
		close(p.done) // Noncompliant [TOCTOU001] {{p.done is checked at line 15 and changed at line 17 by close(p.done), with no lock held at either point, while abort is started in parallel at line 46, in a loop}}
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
