// https://github.com/libp2p/go-libp2p/pull/1490
// TestFailFirst's fake dialer (p2p/net/swarm) must fail only the first dial. It read the shared
// counter with atomic.LoadInt32, decided, then did atomic.AddInt32 later; two dial workers could
// both read 0 and both fail. Fix: compare and increment in one step with
// atomic.CompareAndSwapInt32(&count, 0, 1).
package swarm

import (
	"errors"
	"sync/atomic"
)

type Conn struct{}

type dialResponse struct {
	conn *Conn
	err  error
}

type dialRequest struct {
	resch chan dialResponse
}

var errModem = errors.New("gophers ate the modem")

// startFailFirstDialer starts one worker goroutine per peer; the swarm may run several
// workers for the same counter at once.
func startFailFirstDialer(count *int32, reqch <-chan dialRequest) {
	go func() {
		for req := range reqch {
			if atomic.LoadInt32(count) > 0 {
				req.resch <- dialResponse{conn: new(Conn)}
			} else {
				req.resch <- dialResponse{err: errModem}
			}
			atomic.AddInt32(count, 1) // Noncompliant
		}
	}()
}

func runFailFirst(workers int) []chan dialRequest {
	var count int32
	chans := make([]chan dialRequest, workers)
	for i := range chans {
		chans[i] = make(chan dialRequest)
		startFailFirstDialer(&count, chans[i])
	}
	return chans
}
