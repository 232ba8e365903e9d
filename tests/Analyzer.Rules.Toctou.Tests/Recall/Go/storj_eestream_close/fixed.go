// https://github.com/storj/storj/pull/377
// Fixed: the closed flag is flipped with CompareAndSwapInt32, so only one of the
// goroutine cleanup and the consumer's Close ever closes the channel.
package eestream

import (
	"sync/atomic"
)

type safeBlock []byte

type safeEncodedPiece struct {
	ch     chan safeBlock
	closed *int32
}

type safeEncodedReader struct {
	eps map[int]*safeEncodedPiece
}

func newSafeEncodedReader(n int) *safeEncodedReader {
	er := &safeEncodedReader{eps: make(map[int]*safeEncodedPiece, n)}
	for i := 0; i < n; i++ {
		er.eps[i] = &safeEncodedPiece{ch: make(chan safeBlock, 8), closed: new(int32)}
	}
	return er
}

func (er *safeEncodedReader) startCopies(copiers []chan safeBlock) {
	for num, c := range copiers {
		go er.copyPiece(num, c)
	}
}

func (er *safeEncodedReader) copyPiece(num int, copier <-chan safeBlock) {
	defer func() {
		if atomic.CompareAndSwapInt32(er.eps[num].closed, 0, 1) {
			close(er.eps[num].ch)
		}
	}()
	for b := range copier {
		er.eps[num].ch <- b
	}
}

func (er *safeEncodedReader) closeSafePiece(num int) {
	if atomic.CompareAndSwapInt32(er.eps[num].closed, 0, 1) {
		close(er.eps[num].ch)
	}
}
