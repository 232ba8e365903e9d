// https://github.com/nats-io/nats-server/pull/4779
package filestore

import (
	"errors"
	"sync"
)

var errGuardedStoreClosed = errors.New("store is closed")

type guardedFileStore struct {
	mu      sync.RWMutex
	closed  bool
	closing bool
	qch     chan struct{}
	msgs    []string
	dirty   int
}

func newGuardedFileStore() *guardedFileStore {
	fs := &guardedFileStore{qch: make(chan struct{})}
	go fs.flushLoop(fs.qch)
	return fs
}

func (fs *guardedFileStore) flushLoop(qch chan struct{}) {
	<-qch
}

func (fs *guardedFileStore) StoreMsg(subj string) error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.closed {
		return errGuardedStoreClosed
	}
	fs.msgs = append(fs.msgs, subj)
	fs.dirty++
	return nil
}

func (fs *guardedFileStore) writeFullState() {
	fs.mu.Lock()
	fs.dirty = 0
	fs.mu.Unlock()
}

func (fs *guardedFileStore) Stop() error {
	fs.mu.Lock()
	if fs.closed || fs.closing {
		fs.mu.Unlock()
		return errGuardedStoreClosed
	}
	// Mark as closing before releasing the lock so Stop only runs once.
	fs.closing = true
	close(fs.qch)
	fs.mu.Unlock()

	fs.writeFullState()

	fs.mu.Lock()
	fs.closed = true
	fs.mu.Unlock()
	return nil
}

func shutdownGuarded(fs *guardedFileStore) {
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
