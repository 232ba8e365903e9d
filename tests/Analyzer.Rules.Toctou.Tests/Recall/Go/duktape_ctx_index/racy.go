// https://github.com/olebedev/go-duktape/issues/36
// ctxIndex.add looked the context up under the read lock and, when it was missing, allocated a slot and stored it
// under the write lock without looking again: two goroutines adding the same context both missed it and stored it
// twice, under two keys. The fix looks again once the write lock is held.
package duktapeindex

import "sync"

type Context struct{ name string }

type ctxIndex struct {
	sync.RWMutex
	ctxs map[*Context]int
	next int
}

func newCtxIndex() *ctxIndex {
	return &ctxIndex{ctxs: make(map[*Context]int)}
}

func (ci *ctxIndex) add(ctx *Context) int {
	ci.RLock()
	for c, key := range ci.ctxs {
		if c == ctx {
			ci.RUnlock()
			return key
		}
	}
	ci.RUnlock()

	ci.Lock()
	ci.next++
	ci.ctxs[ctx] = ci.next // Noncompliant [TOCTOU001]
	ci.Unlock()
	return ci.next
}

func (ci *ctxIndex) get(key int) *Context {
	ci.RLock()
	defer ci.RUnlock()
	for c, k := range ci.ctxs {
		if k == key {
			return c
		}
	}
	return nil
}

func (ci *ctxIndex) delete(ctx *Context) {
	ci.Lock()
	delete(ci.ctxs, ctx)
	ci.Unlock()
}
