// https://github.com/ugorji/go/issues/292
// basicHandle() used atomic.CompareAndSwapUint32(&x.inited, 0, 1) to run the one-time setup of a
// Handle shared by many encoders. The flag flips to 1 before be/js/n are written, so a second
// goroutine sees inited==1, skips the setup and encodes with half-initialized fields.
// Fix: fast-path LoadUint32, then init under x.mu with a re-check, storing the flag last.
package codechandle

import (
	"sync"
	"sync/atomic"
)

type Handle interface {
	getBasicHandle() *BasicHandle
	isBinary() bool
	Name() string
}

type BasicHandle struct {
	inited uint32
	be     bool // is handle a binary encoding?
	js     bool // is handle javascript handler?
	n      byte // first letter of handle name
	mu     sync.Mutex
}

func (x *BasicHandle) getBasicHandle() *BasicHandle { return x }

type MsgpackHandle struct{ BasicHandle }

func (h *MsgpackHandle) isBinary() bool { return true }
func (h *MsgpackHandle) Name() string   { return "msgpack" }

type JsonHandle struct{ BasicHandle }

func (h *JsonHandle) isBinary() bool { return false }
func (h *JsonHandle) Name() string   { return "json" }

// basicHandle returns an initialized BasicHandle from the Handle.
func basicHandle(hh Handle) (x *BasicHandle) {
	x = hh.getBasicHandle()
	if atomic.CompareAndSwapUint32(&x.inited, 0, 1) {
		x.be = hh.isBinary() // Noncompliant
		_, x.js = hh.(*JsonHandle)
		x.n = hh.Name()[0]
	}
	return
}

type Encoder struct {
	h   *BasicHandle
	out *[]byte
}

func NewEncoderBytes(out *[]byte, hh Handle) *Encoder {
	return &Encoder{h: basicHandle(hh), out: out}
}

func (e *Encoder) MustEncode(v int) {
	if e.h.be {
		*e.out = append(*e.out, 0xd2, byte(v))
		return
	}
	*e.out = append(*e.out, e.h.n, byte('0'+v%10))
}

// A single package-level handle is shared by all request goroutines.
var mh MsgpackHandle

func EncodeConcurrently(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var b []byte
			NewEncoderBytes(&b, &mh).MustEncode(i)
		}(i)
	}
	wg.Wait()
}
