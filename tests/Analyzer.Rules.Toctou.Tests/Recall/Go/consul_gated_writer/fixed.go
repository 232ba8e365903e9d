// https://github.com/hashicorp/consul/pull/2262
package agent

import (
	"io"
	"sync"
)

type LockedGatedWriter struct {
	Writer io.Writer

	buf   [][]byte
	flush bool
	lock  sync.RWMutex
}

func (w *LockedGatedWriter) FlushAll() {
	w.lock.Lock()
	w.flush = true
	w.lock.Unlock()

	for _, p := range w.buf {
		w.WriteLine(p)
	}
	w.buf = nil
}

func (w *LockedGatedWriter) WriteLine(p []byte) (n int, err error) {
	w.lock.Lock()
	defer w.lock.Unlock()

	if w.flush {
		return w.Writer.Write(p)
	}

	p2 := make([]byte, len(p))
	copy(p2, p)
	w.buf = append(w.buf, p2)
	return len(p), nil
}

func startLockedAgentLogging(w *LockedGatedWriter, lines [][]byte) {
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go func(b []byte) {
			defer wg.Done()
			w.WriteLine(b)
		}(l)
	}
	wg.Wait()
	w.FlushAll()
}
