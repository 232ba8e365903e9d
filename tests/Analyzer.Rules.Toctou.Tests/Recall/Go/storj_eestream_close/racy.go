// https://github.com/storj/storj/pull/377
// encodedReader closes each piece's buffer channel from the copyData goroutine's
// deferred cleanup and also from the reader's Close; the closed flag is loaded and
// then stored separately, so both paths can pass the check and close the channel
// twice (panic). Fix: a single atomic.CompareAndSwapInt32 on the flag.
package eestream

import (
	"sync/atomic"
)

type block []byte

type encodedPiece struct {
	ch     chan block
	closed *int32
}

type encodedReader struct {
	eps map[int]*encodedPiece
}

func newEncodedReader(n int) *encodedReader {
	er := &encodedReader{eps: make(map[int]*encodedPiece, n)}
	for i := 0; i < n; i++ {
		er.eps[i] = &encodedPiece{ch: make(chan block, 8), closed: new(int32)}
	}
	return er
}

func (er *encodedReader) fillBuffer(copiers []chan block) {
	for num, c := range copiers {
		go er.copyData(num, c)
	}
}

func (er *encodedReader) copyData(num int, copier <-chan block) {
	defer func() {
		if atomic.LoadInt32(er.eps[num].closed) == 0 {
			atomic.StoreInt32(er.eps[num].closed, 1)
			close(er.eps[num].ch) // Noncompliant
		}
	}()
	for b := range copier {
		er.eps[num].ch <- b
	}
}

// closePiece is called by the consumer side when it is done with a piece.
func (er *encodedReader) closePiece(num int) {
	if atomic.LoadInt32(er.eps[num].closed) == 0 {
		atomic.StoreInt32(er.eps[num].closed, 1)
		close(er.eps[num].ch)
	}
}
