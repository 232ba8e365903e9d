// https://github.com/libp2p/go-libp2p/pull/1490
// Fixed version: the worker that flips the counter from 0 to 1 with CompareAndSwapInt32 is the
// only one that returns the error; the check and the update are one atomic step.
package swarm

import "sync/atomic"

func startFailFirstDialerCAS(count *int32, reqch <-chan dialRequest) {
	go func() {
		for req := range reqch {
			if atomic.CompareAndSwapInt32(count, 0, 1) {
				req.resch <- dialResponse{err: errModem}
			} else {
				req.resch <- dialResponse{conn: new(Conn)}
			}
		}
	}()
}

func runFailFirstCAS(workers int) []chan dialRequest {
	var count int32
	chans := make([]chan dialRequest, workers)
	for i := range chans {
		chans[i] = make(chan dialRequest)
		startFailFirstDialerCAS(&count, chans[i])
	}
	return chans
}
