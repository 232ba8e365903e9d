package sharedstate

import "sync"

// SnapshotPublisher copies its subscribers' channels under the read lock and sends on the copy after letting it go,
// while Evict deletes a channel and closes it: a send on a channel Evict has just closed panics.
type SnapshotPublisher struct {
	m           sync.RWMutex
	subscribers map[chan string]struct{}
}

func (p *SnapshotPublisher) Evict(sub chan string) {
	p.m.Lock()
	delete(p.subscribers, sub)
	close(sub) // Secondary [concurrency]
	p.m.Unlock()
}

func (p *SnapshotPublisher) Publish(v string) {
	p.m.RLock()
	subs := make([]chan string, 0, len(p.subscribers)) // Secondary [check]
	for sub := range p.subscribers {
		subs = append(subs, sub)
	}
	p.m.RUnlock()
	for _, sub := range subs {
		sub <- v // Noncompliant [TOCTOU001] {{p.subscribers is checked at line 21 and changed at line 27 by sub <- v, but p.m is released before the act}}
	}
}

// SnapshotBus keeps subscribers whose channel is a field of theirs, and a select with a default is no shelter: a send
// on a closed channel is always ready, and panics.
type snapshotSubscriber struct {
	ch chan string
}

type SnapshotBus struct {
	mu     sync.Mutex
	byUser map[string][]*snapshotSubscriber
}

func (b *SnapshotBus) Publish(user, evt string) {
	b.mu.Lock()
	subs := append([]*snapshotSubscriber(nil), b.byUser[user]...) // Secondary [check]
	b.mu.Unlock()
	for _, sub := range subs {
		select {
		case sub.ch <- evt: // Noncompliant [TOCTOU001] {{b.byUser[user] is checked at line 44 and changed at line 48 by sub.ch <- evt, but b.mu is released before the act}}
		default:
		}
	}
}

func (b *SnapshotBus) Unsubscribe(user string, sub *snapshotSubscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.byUser[user]
	for i, s := range list {
		if s == sub {
			b.byUser[user] = append(list[:i], list[i+1:]...)
			close(s.ch) // Secondary [concurrency]
			break
		}
	}
}

// SnapshotFeed sends on a copy too, but nothing closes its subscribers' channels: a send can only wait.
type SnapshotFeed struct {
	mu   sync.Mutex
	subs []chan string
}

func (f *SnapshotFeed) Subscribe() chan string {
	ch := make(chan string, 1)
	f.mu.Lock()
	f.subs = append(f.subs, ch)
	f.mu.Unlock()
	return ch
}

func (f *SnapshotFeed) Publish(v string) {
	f.mu.Lock()
	subs := append([]chan string(nil), f.subs...)
	f.mu.Unlock()
	for _, ch := range subs {
		ch <- v
	}
}

// LockedPublisher sends while it holds the lock Evict closes under.
type LockedPublisher struct {
	mu   sync.Mutex
	subs map[chan string]struct{}
}

func (p *LockedPublisher) Evict(sub chan string) {
	p.mu.Lock()
	delete(p.subs, sub)
	close(sub)
	p.mu.Unlock()
}

func (p *LockedPublisher) Publish(v string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for sub := range p.subs {
		select {
		case sub <- v:
		default:
		}
	}
}

// ShutdownOutboxes closes each outbox once, at shutdown, under a read lock: nothing else closes them, so no outbox is
// closed twice.
var (
	shutdownMu       sync.RWMutex
	shutdownOutboxes = map[string]chan string{}
)

func CloseOutboxes() {
	shutdownMu.RLock()
	for _, outbox := range shutdownOutboxes {
		close(outbox)
	}
	shutdownMu.RUnlock()
}

func AddOutbox(id string) chan string {
	ch := make(chan string)
	shutdownMu.Lock()
	shutdownOutboxes[id] = ch
	shutdownMu.Unlock()
	return ch
}

// LookupMailboxes looks a channel up under the lock and sends on it after, but nothing closes the channels it keeps:
// the send can only wait for room.
type LookupMailboxes struct {
	mu    sync.Mutex
	boxes map[string]chan string
}

func (l *LookupMailboxes) Open(id string) chan string {
	ch := make(chan string, 1)
	l.mu.Lock()
	l.boxes[id] = ch
	l.mu.Unlock()
	return ch
}

func (l *LookupMailboxes) Deliver(id, v string) {
	l.mu.Lock()
	ch := l.boxes[id]
	l.mu.Unlock()
	if ch != nil {
		ch <- v
	}
}

// SliceBroker's Unsubscribe finds the channel among a topic's subscribers, cuts it out under the lock and closes it
// after: a Publish that took the topic's slice before the cut can send on it once closed.
type SliceBroker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *SliceBroker) Publish(topic, msg string) {
	b.mu.Lock()
	subs := b.subs[topic] // Secondary [check]
	b.mu.Unlock()
	for _, ch := range subs {
		ch <- msg // Noncompliant [TOCTOU001] {{b.subs[topic] is checked at line 170 and changed at line 173 by ch <- msg, but b.mu is released before the act}}
	}
}

func (b *SliceBroker) Unsubscribe(topic string, ch chan string) {
	b.mu.Lock()
	list := b.subs[topic]
	for i, c := range list {
		if c == ch {
			b.subs[topic] = append(list[:i], list[i+1:]...)
			break
		}
	}
	b.mu.Unlock()
	close(ch) // Secondary [concurrency]
}

// RequeueForwarder's loop takes items off its own queue and puts a failed one back later: a loop over the queue
// channel itself, whose act only adds to it, decides nothing another sender could spoil.
type requeued struct {
	count int
}

type RequeueForwarder struct {
	requeue chan *requeued
}

func NewRequeueForwarder() *RequeueForwarder {
	f := &RequeueForwarder{requeue: make(chan *requeued, 8)}
	go f.process()
	return f
}

func (f *RequeueForwarder) process() {
	for i := range f.requeue {
		if i.count < 3 {
			f.again(i)
		}
	}
}

func (f *RequeueForwarder) again(i *requeued) {
	go func() {
		i.count++
		f.requeue <- i
	}()
}

func (f *RequeueForwarder) Publish() {
	f.again(&requeued{})
}

// ClosureHub hands back an unsubscribe function that tests and deletes its entry with no lock, while Subscribe changes
// the map under the lock: two calls of it, or one beside another Subscribe, race on the map, and both can close ch.
type ClosureHub struct {
	mu   sync.Mutex
	next int
	subs map[int]chan int
}

func (h *ClosureHub) Subscribe() (chan int, func()) {
	ch := make(chan int)
	h.mu.Lock()
	h.next++
	id := h.next
	h.subs[id] = ch
	h.mu.Unlock()
	return ch, func() {
		if _, ok := h.subs[id]; ok { // Secondary [check]
			delete(h.subs, id) // Noncompliant [TOCTOU001] {{h.subs[id] is checked at line 241 and changed at line 242 by delete(h.subs, id) and at line 243 by close(ch), with no lock held at either point; two callers that run it at once can both pass the test and both reach close(ch) at line 243, which fails when it is made twice}}
			close(ch)
		}
	}
}

// LockedClosureHub's unsubscribe function takes the lock around its test and delete.
type LockedClosureHub struct {
	mu   sync.Mutex
	next int
	subs map[int]chan int
}

func (h *LockedClosureHub) Subscribe() (chan int, func()) {
	ch := make(chan int)
	h.mu.Lock()
	h.next++
	id := h.next
	h.subs[id] = ch
	h.mu.Unlock()
	unsubscribe := func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, ok := h.subs[id]; ok {
			delete(h.subs, id)
			close(ch)
		}
	}
	return ch, unsubscribe
}

// ReadLockedPublisher sends while it holds the read lock; Drop deletes under the write lock and closes after: a channel
// still in the map while a publisher holds the read lock is open.
type ReadLockedPublisher struct {
	mu   sync.RWMutex
	subs map[string]chan string
}

func (p *ReadLockedPublisher) Publish(v string) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	for _, ch := range p.subs {
		select {
		case ch <- v:
		default:
		}
	}
}

func (p *ReadLockedPublisher) Drop(id string) {
	p.mu.Lock()
	ch, ok := p.subs[id]
	delete(p.subs, id)
	p.mu.Unlock()
	if ok {
		close(ch)
	}
}

// DownloadOnce lets one caller fetch a key: it claims the key with a channel of its own under the lock, and the others
// wait on that channel, which only the claimer closes; nothing is ever sent on it.
type DownloadOnce struct {
	mu         sync.Mutex
	inProgress map[string]chan struct{}
}

func (d *DownloadOnce) Fetch(key string) {
	finish := make(chan struct{})
	d.mu.Lock()
	other, busy := d.inProgress[key]
	if !busy {
		d.inProgress[key] = finish
	}
	d.mu.Unlock()
	if busy {
		<-other
		return
	}
	close(finish)
	d.mu.Lock()
	delete(d.inProgress, key)
	d.mu.Unlock()
}

// CallbackHub keeps a stop function in a field; whoever calls it later tests and deletes the entry with no lock, while
// Add changes the map under the lock.
type CallbackHub struct {
	mu     sync.Mutex
	subs   map[int]chan int
	onStop func()
}

func (h *CallbackHub) Watch(id int) {
	h.onStop = func() {
		if _, ok := h.subs[id]; ok { // Secondary [check]
			delete(h.subs, id) // Noncompliant [TOCTOU001] {{h.subs[id] is checked at line 336 and changed at line 337 by delete(h.subs, id), with no lock held at either point}}
		}
	}
}

func (h *CallbackHub) Add(id int) {
	h.mu.Lock()
	h.subs[id] = make(chan int)
	h.mu.Unlock()
}
