package sharedstate

// Client has no lock, but Conf runs on a goroutine that Warm starts and on the callers of Name at the same time.
type Client struct {
	conf *Conf
}

type Conf struct {
	name string
}

func load() *Conf {
	return &Conf{name: "default"}
}

func (c *Client) Conf() *Conf {
	if c.conf == nil { // Secondary [check]
		c.conf = load() // Noncompliant {{c.conf is checked at line 17 and changed at line 18 by c.conf, with no lock held at either point, while Conf is started in parallel at line 24; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return c.conf
}

func (c *Client) Warm() {
	go c.Conf() // Secondary [concurrency]
}

func (c *Client) Name() string {
	return c.Conf().name
}

// Worker's loop is started once and nothing else touches its state: the goroutine owns it.
type Worker struct {
	seen map[string]bool
}

func (w *Worker) run(keys []string) {
	for _, k := range keys {
		if !w.seen[k] {
			w.seen[k] = true
		}
	}
}

func (w *Worker) Start(keys []string) {
	go w.run(keys)
}

// Tally starts offer once per value: the goroutines race with each other.
type Tally struct {
	best int
}

func (t *Tally) offer(v int) {
	if v > t.best { // Secondary [check]
		t.best = v // Noncompliant {{t.best is checked at line 54 and changed at line 55 by t.best, with no lock held at either point, while offer is started in parallel at line 61, in a loop}}
	}
}

func (t *Tally) OfferAll(values []int) {
	for _, v := range values {
		go func(v int) { // Secondary [concurrency]
			t.offer(v)
		}(v)
	}
}

// Sampler runs sample either in the background or in its caller, never both: the starter's own direct call is not a
// second copy.
type Sampler struct {
	last int
}

func (s *Sampler) sample() {
	if s.last == 0 {
		s.last = 1
	}
}

func (s *Sampler) Start(background bool) {
	if background {
		go s.sample()
	} else {
		s.sample()
	}
}

// Counter's method is started twice on one object by a function of another type's code: the two goroutines race.
type Counter struct {
	total int
	limit int
}

func (c *Counter) add(n int) {
	if c.total+n <= c.limit { // Secondary [check]
		c.total += n // Noncompliant {{c.total is checked at line 94 and changed at line 95 by c.total, with no lock held at either point, while add is started in parallel at line 101}}
	}
}

func addTwice(n int) {
	c := &Counter{limit: 10}
	go c.add(n) // Secondary [concurrency]
	go func() { // Secondary [concurrency]
		c.add(n)
	}()
}

// A single start on a fresh object: the goroutine owns it.
type Gauge struct {
	value int
}

func (g *Gauge) raise(n int) {
	if n > g.value {
		g.value = n
	}
}

func raiseOnce(n int) {
	g := &Gauge{}
	go g.raise(n)
}

// serve starts Open and Close on one listener: each runs once, but they run at the same time, and Close writes the
// state Open checks.
type Listener struct {
	open  bool
	conns int
}

func (l *Listener) Open() {
	if !l.open { // Secondary [check]
		l.open = true // Noncompliant [TOCTOU001] {{l.open is checked at line 131 and changed at line 132 by l.open, with no lock held at either point, while Listener.Close changes it at the same time: serve starts Open at line 142 and Close at line 143}}
	}
}

func (l *Listener) Close() {
	l.open = false
}

func serve() {
	l := &Listener{}
	go l.Open()
	go func() {
		l.Close()
	}()
}

// Each goroutine has a queue of its own: nothing is shared.
type Queue struct {
	head int
}

func (q *Queue) Take() {
	if q.head > 0 {
		q.head--
	}
}

func (q *Queue) Reset() {
	q.head = 0
}

func drainApart() {
	a := &Queue{}
	b := &Queue{}
	go a.Take()
	go b.Reset()
}

// runThenStop starts run on a pump and then calls Stop on it itself: Stop's check and act race with run's write.
type Pump struct {
	stopped bool
	ticks   int
}

func (w *Pump) run() {
	for !w.stopped {
		w.ticks++
	}
	w.stopped = true
}

func (w *Pump) Stop() bool {
	if w.stopped { // Secondary [check]
		return false
	}
	w.stopped = true // Noncompliant [TOCTOU001] {{w.stopped is checked at line 184 and changed at line 187 by w.stopped, with no lock held at either point, while Pump.run changes it at the same time: runThenStop starts run at line 193 and then calls Stop at line 194}}
	return true
}

func runThenStop() {
	w := &Pump{}
	go w.run()
	w.Stop()
}

// joinThenLeave starts join on a room and then calls leave on it itself: join's check and act race with leave's delete.
type Room struct {
	members map[string]bool
	count   int
}

func (r *Room) join(name string) {
	if r.members[name] { // Secondary [check]
		return
	}
	r.members[name] = true // Noncompliant [TOCTOU001] {{r.members[name] is checked at line 204 and changed at line 207 by r.members[name], with no lock held at either point, while Room.leave changes it at the same time: joinThenLeave starts join at line 216 and then calls leave at line 217}}
	r.count++
}

func (r *Room) leave(name string) {
	delete(r.members, name)
}

func joinThenLeave(r *Room) {
	go r.join("a") // Secondary [concurrency]
	r.leave("a")   // Secondary [concurrency]
}

// enterOrExit starts an entry or makes an exit, never both: nothing runs beside enter.
type Hall struct {
	members map[string]bool
}

func (h *Hall) enter(name string) {
	if h.members[name] {
		return
	}
	h.members[name] = true
}

func (h *Hall) exit(name string) {
	delete(h.members, name)
}

func enterOrExit(h *Hall, async bool) {
	if async {
		go h.enter("b")
	} else {
		h.exit("b")
	}
}

var names map[string]int

// intern is started once and then called again by its starter while the started copy runs.
func intern(s string) int {
	if id, ok := names[s]; ok { // Secondary [check]
		return id
	}
	names[s] = len(names) // Noncompliant [TOCTOU001] {{names[s] is checked at line 248 and changed at line 251 by names[s], with no lock held at either point, while intern is started in parallel at line 256, and internTwice calls it again at line 257 while it runs}}
	return names[s]
}

func internTwice() {
	go intern("x") // Secondary [concurrency]
	intern("y")
}

var labels map[string]int

// label is called before its start, or instead of it: only one copy runs at a time.
func label(s string) int {
	if id, ok := labels[s]; ok {
		return id
	}
	labels[s] = len(labels)
	return labels[s]
}

func labelFirst(async bool) {
	label("x")
	if async {
		go label("y")
	} else {
		label("z")
	}
}

// NewLink starts readLoop on the link it returns; Close, called only from outside the package, races with the loop.
type Link struct {
	closed bool
	in     chan []byte
}

func NewLink() *Link {
	l := &Link{in: make(chan []byte)}
	go l.readLoop() // Secondary [concurrency]
	return l
}

func (l *Link) readLoop() {
	for b := range l.in {
		if len(b) == 0 {
			break
		}
	}
	l.closed = true
}

func (l *Link) Close() {
	if l.closed { // Secondary [check]
		return
	}
	l.closed = true // Noncompliant [TOCTOU001] {{l.closed is checked at line 302 and changed at line 305 by l.closed, with no lock held at either point, while Link.readLoop changes it at the same time: NewLink starts readLoop at line 288 on the object it returns, and nothing in the package calls Close on a known object: other code calls it at any time; two callers that run it at once can both pass the test and both reach close(l.in) at line 306, which fails when it is made twice}}
	close(l.in)
}

// drainLocal starts the loop on a pipe it keeps to itself: no caller of Finish outside the package holds that pipe.
type Pipe struct {
	done bool
	in   chan int
}

func drainLocal() {
	p := &Pipe{in: make(chan int)}
	go p.pump()
	p.in <- 1
}

func (p *Pipe) pump() {
	<-p.in
	p.done = true
}

func (p *Pipe) Finish() {
	if !p.done {
		p.done = true
	}
}
