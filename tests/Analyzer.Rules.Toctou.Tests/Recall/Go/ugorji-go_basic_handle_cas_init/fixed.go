// https://github.com/ugorji/go/issues/292
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package codechandle

import (
	"sync"
	"sync/atomic"
)

type SafeHandle interface {
	getSafeBasicHandle() *SafeBasicHandle
	isBinary() bool
	Name() string
}

type SafeBasicHandle struct {
	inited uint32
	be     bool
	js     bool
	n      byte
	mu     sync.Mutex
}

func (x *SafeBasicHandle) getSafeBasicHandle() *SafeBasicHandle { return x }

type SafeMsgpackHandle struct{ SafeBasicHandle }

func (h *SafeMsgpackHandle) isBinary() bool { return true }
func (h *SafeMsgpackHandle) Name() string   { return "msgpack" }

type SafeJsonHandle struct{ SafeBasicHandle }

func (h *SafeJsonHandle) isBinary() bool { return false }
func (h *SafeJsonHandle) Name() string   { return "json" }

// safeBasicHandle simulates once.Do: a CompareAndSwap is not enough, since the
// setup must be complete before any other goroutine may observe inited == 1.
func safeBasicHandle(hh SafeHandle) (x *SafeBasicHandle) {
	x = hh.getSafeBasicHandle()
	if atomic.LoadUint32(&x.inited) == 0 {
		x.init(hh)
	}
	return
}

func (x *SafeBasicHandle) init(hh SafeHandle) {
	x.mu.Lock()
	if x.inited == 0 {
		x.be = hh.isBinary()
		_, x.js = hh.(*SafeJsonHandle)
		x.n = hh.Name()[0]
		atomic.StoreUint32(&x.inited, 1)
	}
	x.mu.Unlock()
}

type SafeEncoder struct {
	h   *SafeBasicHandle
	out *[]byte
}

func NewSafeEncoderBytes(out *[]byte, hh SafeHandle) *SafeEncoder {
	return &SafeEncoder{h: safeBasicHandle(hh), out: out}
}

func (e *SafeEncoder) MustEncode(v int) {
	if e.h.be {
		*e.out = append(*e.out, 0xd2, byte(v))
		return
	}
	*e.out = append(*e.out, e.h.n, byte('0'+v%10))
}

var safeMh SafeMsgpackHandle

func SafeEncodeConcurrently(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var b []byte
			NewSafeEncoderBytes(&b, &safeMh).MustEncode(i)
		}(i)
	}
	wg.Wait()
}
