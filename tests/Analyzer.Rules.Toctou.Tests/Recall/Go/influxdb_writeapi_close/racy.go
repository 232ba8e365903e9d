// https://github.com/influxdata/influxdb-client-go/issues/317 (fix: https://github.com/influxdata/influxdb-client-go/pull/319)
// WriteAPIImpl.Close checked "writeCh != nil" and then closed the stop/flush/data channels and set writeCh to nil;
// two goroutines calling Close at the same time could both pass the check and panic with "close of closed channel".
// The fix adds a closing mutex held for the whole of Close.
package influxclose

type batch struct {
	lines string
}

type WriteAPIImpl struct {
	writeCh     chan *batch
	bufferCh    chan string
	writeStop   chan struct{}
	bufferStop  chan struct{}
	bufferFlush chan struct{}
	doneCh      chan struct{}
	errCh       chan error
}

func NewWriteAPI() *WriteAPIImpl {
	w := &WriteAPIImpl{
		writeCh:     make(chan *batch, 16),
		bufferCh:    make(chan string, 1024),
		writeStop:   make(chan struct{}),
		bufferStop:  make(chan struct{}),
		bufferFlush: make(chan struct{}),
		doneCh:      make(chan struct{}),
		errCh:       make(chan error, 1),
	}
	go w.bufferProc()
	go w.writeProc()
	return w
}

func (w *WriteAPIImpl) bufferProc() {
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

func (w *WriteAPIImpl) writeProc() {
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

// Close finishes outstanding write operations,
// stop background routines and closes all channels
func (w *WriteAPIImpl) Close() {
	if w.writeCh != nil {
		// stop and wait for buffer proc
		close(w.bufferStop)
		<-w.doneCh

		close(w.bufferFlush)
		close(w.bufferCh)

		// stop and wait for write proc
		close(w.writeStop)
		<-w.doneCh

		close(w.writeCh)
		w.writeCh = nil // Noncompliant

		close(w.errCh)
		w.errCh = nil
	}
}

// WriteRecord adds a line to the buffer that the background goroutine sends.
func (w *WriteAPIImpl) WriteRecord(line string) {
	w.bufferCh <- line + "\n"
}
