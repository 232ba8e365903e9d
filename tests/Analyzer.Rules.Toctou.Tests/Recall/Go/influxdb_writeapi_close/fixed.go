// https://github.com/influxdata/influxdb-client-go/issues/317 (fix: https://github.com/influxdata/influxdb-client-go/pull/319)
// Fixed version: Close holds closingMu for its whole body, so the nil check and the channel closes are one step
// and a second concurrent Close sees writeCh == nil.
package influxclose

import "sync"

type pointBatch struct {
	lines string
}

type BatchWriter struct {
	closingMu   sync.Mutex
	writeCh     chan *pointBatch
	bufferCh    chan string
	writeStop   chan struct{}
	bufferStop  chan struct{}
	bufferFlush chan struct{}
	doneCh      chan struct{}
	errCh       chan error
}

func NewBatchWriter() *BatchWriter {
	w := &BatchWriter{
		writeCh:     make(chan *pointBatch, 16),
		bufferCh:    make(chan string, 1024),
		writeStop:   make(chan struct{}),
		bufferStop:  make(chan struct{}),
		bufferFlush: make(chan struct{}),
		doneCh:      make(chan struct{}),
		errCh:       make(chan error, 1),
	}
	go w.bufferLoop()
	go w.writeLoop()
	return w
}

func (w *BatchWriter) bufferLoop() {
	var buf []string
x:
	for {
		select {
		case line := <-w.bufferCh:
			buf = append(buf, line)
		case <-w.bufferFlush:
			buf = buf[:0]
		case <-w.bufferStop:
			break x
		}
	}
	w.doneCh <- struct{}{}
}

func (w *BatchWriter) writeLoop() {
x:
	for {
		select {
		case <-w.writeCh:
		case <-w.writeStop:
			break x
		}
	}
	w.doneCh <- struct{}{}
}

func (w *BatchWriter) Shutdown() {
	w.closingMu.Lock()
	defer w.closingMu.Unlock()
	if w.writeCh != nil {
		close(w.bufferStop)
		<-w.doneCh

		close(w.bufferFlush)
		close(w.bufferCh)

		close(w.writeStop)
		<-w.doneCh

		close(w.writeCh)
		w.writeCh = nil

		close(w.errCh)
		w.errCh = nil
	}
}

func (w *BatchWriter) Record(line string) {
	w.bufferCh <- line + "\n"
}
