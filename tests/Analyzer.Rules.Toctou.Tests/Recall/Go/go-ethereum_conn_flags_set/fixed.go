// https://github.com/ethereum/go-ethereum/pull/17325
// Fixed version: the read-modify-write of the flag word is retried with CompareAndSwapInt32,
// so a concurrent change to another flag bit is never overwritten.
package p2p

import "sync/atomic"

type peerConn struct {
	flags connFlag
	id    string
}

func (c *peerConn) has(f connFlag) bool {
	flags := connFlag(atomic.LoadInt32((*int32)(&c.flags)))
	return flags&f != 0
}

func (c *peerConn) update(f connFlag, val bool) {
	for {
		oldFlags := connFlag(atomic.LoadInt32((*int32)(&c.flags)))
		flags := oldFlags
		if val {
			flags |= f
		} else {
			flags &= ^f
		}
		if atomic.CompareAndSwapInt32((*int32)(&c.flags), int32(oldFlags), int32(flags)) {
			return
		}
	}
}

func markTrusted(c *peerConn) { c.update(trustedConn, true) }

func clearDialFlag(c *peerConn) { c.update(dynDialedConn, false) }
