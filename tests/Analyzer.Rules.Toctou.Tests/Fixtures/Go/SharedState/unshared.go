package sharedstate

import "sync"

// SmallIndex loads itself on the object its constructor has just made, before anyone else can see it.
type SmallIndex struct {
	mu     sync.Mutex
	nextID int
	names  map[string]int
}

func newSmallIndex() *SmallIndex {
	idx := &SmallIndex{names: make(map[string]int)}
	idx.names["-"] = 0
	idx.load()
	return idx
}

func (i *SmallIndex) load() {
	if i.nextID == 0 {
		i.nextID = 1
	}
}

func (i *SmallIndex) ID(name string) int {
	i.mu.Lock()
	defer i.mu.Unlock()
	if id, ok := i.names[name]; ok {
		return id
	}
	i.names[name] = i.nextID
	i.nextID++
	return i.names[name]
}

// A goroutine gets the new index before warm runs, so warm runs on a shared object.
func startSmallIndex() *SmallIndex {
	idx := &SmallIndex{names: make(map[string]int)}
	go idx.serve()
	idx.warm()
	return idx
}

func (i *SmallIndex) serve() {}

func (i *SmallIndex) warm() {
	if i.nextID == 0 { // Secondary [check]
		i.nextID = 1 // Noncompliant [TOCTOU001] {{i.nextID is checked at line 47 and changed at line 48 by i.nextID, with no lock held at either point}}
	}
}

// Cloud works its network out once, through sync.Once; a direct call of the same method would run it unguarded.
type Cloud struct {
	mu      sync.Mutex
	once    sync.Once
	network string
	zone    string
}

func (c *Cloud) initNetwork() {
	if c.network == "" {
		c.network = "default"
	}
}

func (c *Cloud) Network() string {
	c.once.Do(c.initNetwork)
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.network + c.zone
}

func (c *Cloud) initZone() {
	if c.zone == "" { // Secondary [check]
		c.zone = "a" // Noncompliant [TOCTOU001] {{c.zone is checked at line 74 and changed at line 75 by c.zone, with no lock held at either point}}
	}
}

func (c *Cloud) Zone() string {
	c.once.Do(c.initZone)
	c.initZone()
	return c.zone
}

func (c *Cloud) SetZone(zone string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.zone = zone
}

// Started in parallel on a new object that is then returned: the goroutine and the caller share it, and the caller
// can reset the count between the goroutine's check and its act.
type Ticker struct {
	mu    sync.Mutex
	ticks int
}

func newTicker() *Ticker {
	t := &Ticker{}
	go t.run()
	return t
}

func (t *Ticker) run() {
	if t.ticks == 0 { // Secondary [check]
		t.ticks = 1 // Noncompliant [TOCTOU001] {{t.ticks is checked at line 105 and changed at line 106 by t.ticks, with no lock held at either point, while Ticker.Reset changes it at the same time: newTicker starts run at line 100 on the object it returns, and nothing in the package calls Reset on a known object: other code calls it at any time}}
	}
}

func (t *Ticker) Ticks() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ticks
}

func (t *Ticker) Reset() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ticks = 0
}

// A gauge's one goroutine is the only code that changes its level; other code only reads it, under the lock. A read
// cannot make the goroutine's check stale, and run is no method other packages can call twice at once.
type Gauge struct {
	mu    sync.Mutex
	level int
}

func newGauge() *Gauge {
	g := &Gauge{}
	go g.run()
	return g
}

func (g *Gauge) run() {
	if g.level == 0 {
		g.level = 1
	}
}

func (g *Gauge) Level() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.level
}

// Two types with a field of one name: Ledger locks its balances, Draft locks only its revision, and nothing runs
// Draft's methods in parallel. Ledger's lock says nothing about Draft's map.
type Ledger struct {
	mu       sync.Mutex
	balances map[string]int
}

func (l *Ledger) Credit(account string, amount int) {
	l.mu.Lock()
	l.balances[account] += amount
	l.mu.Unlock()
}

type Draft struct {
	mu       sync.Mutex
	revision int
	balances map[string]int
}

func (d *Draft) Bump() {
	d.mu.Lock()
	d.revision++
	d.mu.Unlock()
}

func (d *Draft) Open(account string) {
	if _, ok := d.balances[account]; !ok {
		d.balances[account] = 0
	}
}

// Link's peer is set once, by its constructor. Touch checks the peer and then counts on it: the write changes a part
// of the peer, not the reference the check read, which no method changes.
type Peer struct {
	mu   sync.Mutex
	seen int
}

func (p *Peer) Ready() bool { return p != nil }

type Link struct {
	mu   sync.Mutex
	peer *Peer
}

func NewLink(p *Peer) *Link { return &Link{peer: p} }

func (l *Link) Touch() {
	if l.peer.Ready() {
		l.peer.seen++
	}
}

func (l *Link) Peer() *Peer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.peer
}

// Relay's peer is swapped by Swap under the lock: between Touch's check and its write another goroutine can put a
// different peer there, so the write can land on another peer than the one checked.
type Relay struct {
	mu   sync.Mutex
	peer *Peer
}

func (r *Relay) Swap(p *Peer) {
	r.mu.Lock()
	r.peer = p
	r.mu.Unlock()
}

func (r *Relay) Touch() {
	if r.peer.Ready() { // Secondary [check]
		r.peer.seen++ // Noncompliant [TOCTOU001] {{r.peer is checked at line 220 and changed at line 221 by r.peer.seen, with no lock held at either point}}
	}
}
