package sharedstate

// BackgroundWatcher runs its loop on a goroutine NewBackgroundWatcher starts on the object it returns, and only code
// outside the package calls Stop: callers on two goroutines can both find stopped unset and both close stopCh.
type BackgroundWatcher struct {
	stopped bool
	stopCh  chan struct{}
}

func NewBackgroundWatcher() *BackgroundWatcher {
	w := &BackgroundWatcher{stopCh: make(chan struct{})}
	go w.run() // Secondary [concurrency]
	return w
}

func (w *BackgroundWatcher) run() {
	<-w.stopCh
}

func (w *BackgroundWatcher) Stop() {
	if w.stopped { // Secondary [check]
		return
	}
	w.stopped = true // Noncompliant [TOCTOU001] {{w.stopped is checked at line 21 and changed at line 24 by w.stopped, with no lock held at either point; two callers that run it at once can both pass the test and both reach close(w.stopCh) at line 25, which fails when it is made twice}}
	close(w.stopCh)
}

// BackgroundTicker's Close closes quit in the default case of a select that asks whether it is closed: the close marks
// itself done, and two callers on different goroutines can both find quit open.
type BackgroundTicker struct {
	quit  chan struct{}
	ticks chan int
}

func NewBackgroundTicker() *BackgroundTicker {
	t := &BackgroundTicker{quit: make(chan struct{}), ticks: make(chan int)}
	go t.tick() // Secondary [concurrency]
	return t
}

func (t *BackgroundTicker) tick() {
	for i := 0; ; i++ {
		t.ticks <- i
	}
}

func (t *BackgroundTicker) Close() {
	select {
	case <-t.quit: // Secondary [check]
	default:
		close(t.quit) // Noncompliant [TOCTOU001] {{t.quit is checked at line 49 and changed at line 51 by close(t.quit), with no lock held at either point; two callers that run it at once can both pass the test and both reach close(t.quit) at line 51, which fails when it is made twice}}
	}
}

// ServedConn starts its read loop on its own receiver in Serve and makes its codec on first use.
type ServedConn struct {
	codec *Codec
	in    chan []byte
}

type Codec struct{}

func (c *ServedConn) Serve() {
	go c.readLoop() // Secondary [concurrency]
}

func (c *ServedConn) readLoop() {
	for range c.in {
	}
}

func (c *ServedConn) Codec() *Codec {
	if c.codec == nil { // Secondary [check]
		c.codec = &Codec{} // Noncompliant [TOCTOU001] {{c.codec is checked at line 73 and changed at line 74 by c.codec, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return c.codec
}

// InnerWatcher starts its loop on an object it keeps to itself: no one else holds it to call shutdown.
type InnerWatcher struct {
	stopped bool
	stopCh  chan struct{}
}

func RunInnerWatcher() {
	w := &InnerWatcher{stopCh: make(chan struct{})}
	go w.run()
	w.shutdown()
}

func (w *InnerWatcher) run() {
	<-w.stopCh
}

func (w *InnerWatcher) shutdown() {
	if w.stopped {
		return
	}
	w.stopped = true
	close(w.stopCh)
}

// IdleWatcher starts nothing: a Stop on it has no sign of running beside anything.
type IdleWatcher struct {
	stopped bool
	stopCh  chan struct{}
}

func (w *IdleWatcher) Stop() {
	if w.stopped {
		return
	}
	w.stopped = true
	close(w.stopCh)
}

// RunBeacon starts wait, which only waits for quit to close (nothing sends on it), and then stops the beacon itself,
// once: a receive from a channel nobody sends on changes nothing, so stop's test has no writer beside it.
type Beacon struct {
	quit chan struct{}
}

func RunBeacon() {
	b := &Beacon{quit: make(chan struct{})}
	go b.wait()
	b.stop()
}

func (b *Beacon) wait() {
	<-b.quit
}

func (b *Beacon) stop() {
	select {
	case <-b.quit:
	default:
		close(b.quit)
	}
}
