package sharedstate

import (
	"sync"
	"time"
)

// The constructor calls a method that starts a refresher goroutine, which replaces the gate every minute, and hands the
// tree out; PostNotice, which only code outside the package calls, makes the gate when it is missing.
type NoticeTree struct {
	gate    *sync.Once
	notices chan int
}

func NewNoticeTree() *NoticeTree {
	t := &NoticeTree{notices: make(chan int, 16)}
	t.refreshLoop()
	return t
}

func (t *NoticeTree) refreshLoop() {
	go func() { // Secondary [concurrency]
		for range time.Tick(time.Minute) {
			t.gate = new(sync.Once) // Secondary [concurrency]
		}
	}()
}

func (t *NoticeTree) PostNotice(n int) {
	if t.gate == nil { // Secondary [check]
		t.gate = new(sync.Once) // Noncompliant [TOCTOU001] {{t.gate is checked at line 30 and changed at line 31 by t.gate, with no lock held at either point, while the function literal refreshLoop starts at line 22 changes it at the same time: NewNoticeTree calls refreshLoop at line 17 on the object it returns, and nothing in the package calls PostNotice on a known object: other code calls it at any time}}
	}
	select {
	case t.notices <- n:
	default:
		t.gate.Do(func() { println("notices dropped") })
	}
}

// The refresher runs only on a list its maker keeps to itself: no code that could call PostNotice ever holds that list.
type NoticeList struct {
	gate    *sync.Once
	notices chan int
}

func (l *NoticeList) refreshGate() {
	go func() {
		for range time.Tick(time.Minute) {
			l.gate = new(sync.Once)
		}
	}()
}

func (l *NoticeList) PostNotice(n int) {
	if l.gate == nil {
		l.gate = new(sync.Once)
	}
	select {
	case l.notices <- n:
	default:
		l.gate.Do(func() { println("notices dropped") })
	}
}

func drainNoticeList() {
	l := &NoticeList{notices: make(chan int, 16)}
	l.refreshGate()
	for n := range l.notices {
		println(n)
	}
}
