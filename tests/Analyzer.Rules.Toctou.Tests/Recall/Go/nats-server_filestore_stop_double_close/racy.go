// https://github.com/nats-io/nats-server/pull/4779
// fileStore.Stop() checks fs.closed under fs.mu, then briefly releases the lock to write the
// full state (index.db) and only sets fs.closed afterwards. A second Stop() running in that
// window passes the closed check and closes qch again, which panics (close of closed channel).
// Fix: mark the store as "closing" under the lock before releasing it and reject Stop() if set.
package filestore

import (
	"errors"
	"sync"
)

var errStoreClosed = errors.New("store is closed")

type fileStore struct {
	mu     sync.RWMutex
	closed bool
	qch    chan struct{}
	msgs   []string
	dirty  int
}

func newFileStore() *fileStore {
	fs := &fileStore{qch: make(chan struct{})}
	go fs.flushStreamStateLoop(fs.qch)
	return fs
}

func (fs *fileStore) flushStreamStateLoop(qch chan struct{}) {
	<-qch
}

func (fs *fileStore) StoreMsg(subj string) error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.closed {
		return errStoreClosed
	}
	fs.msgs = append(fs.msgs, subj)
	fs.dirty++
	return nil
}

// writeFullState takes the lock itself, so Stop must release it first.
func (fs *fileStore) writeFullState() {
	fs.mu.Lock()
	fs.dirty = 0
	fs.mu.Unlock()
}

func (fs *fileStore) Stop() error {
	fs.mu.Lock()
	if fs.closed {
		fs.mu.Unlock()
		return errStoreClosed
	}
	close(fs.qch) // Noncompliant
	fs.mu.Unlock()

	fs.writeFullState()

	fs.mu.Lock()
	fs.closed = true
	fs.mu.Unlock()
	return nil
}

// shutdown: the stream delete path and the server shutdown path may both stop the store.
func shutdown(fs *fileStore) {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = fs.Stop()
		}()
	}
	wg.Wait()
}
