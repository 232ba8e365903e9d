// https://github.com/hashicorp/consul/pull/2262
// The agent's GatedWriter buffers log lines until Flush. Write took only the read lock,
// checked flush and then appended to buf, so concurrent logging goroutines could all pass
// the check together and lose each other's appends (found with -race). The merged fix takes
// the write lock in Write so the check of flush and the append happen under one Lock.
package agent

import (
	"io"
	"sync"
)

type GatedWriter struct {
	Writer io.Writer

	buf   [][]byte
	flush bool
	lock  sync.RWMutex
}

func (w *GatedWriter) Flush() {
	w.lock.Lock()
	w.flush = true
	w.lock.Unlock()

	for _, p := range w.buf {
		w.Write(p)
	}
	w.buf = nil
}

func (w *GatedWriter) Write(p []byte) (n int, err error) {
	w.lock.RLock()
	defer w.lock.RUnlock()

	if w.flush {
		return w.Writer.Write(p)
	}

	p2 := make([]byte, len(p))
	copy(p2, p)
	w.buf = append(w.buf, p2) // Noncompliant
	return len(p), nil
}

func startAgentLogging(w *GatedWriter, lines [][]byte) {
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go func(b []byte) {
			defer wg.Done()
			w.Write(b)
		}(l)
	}
	wg.Wait()
	w.Flush()
}
