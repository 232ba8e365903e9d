// https://github.com/fsnotify/fsnotify/issues/367 (fixed by https://github.com/fsnotify/fsnotify/pull/465)
// Fixed shape: closeMu is held across the isClosed check and close(done), so only one Close
// can ever close the channel.
package fsnotify

import (
	"errors"
	"path/filepath"
	"sync"
)

type lockedWatch struct {
	wd    uint32
	flags uint32
}

type LockedWatcher struct {
	Events   chan string
	Errors   chan error
	mu       sync.Mutex
	watches  map[string]*lockedWatch
	done     chan struct{}
	closeMu  sync.Mutex
	doneResp chan struct{}
}

func NewLockedWatcher() *LockedWatcher {
	w := &LockedWatcher{
		Events:   make(chan string),
		Errors:   make(chan error),
		watches:  make(map[string]*lockedWatch),
		done:     make(chan struct{}),
		doneResp: make(chan struct{}),
	}
	go w.readEvents()
	return w
}

func (w *LockedWatcher) isClosed() bool {
	select {
	case <-w.done:
		return true
	default:
		return false
	}
}

func (w *LockedWatcher) Close() error {
	w.closeMu.Lock()
	if w.isClosed() {
		w.closeMu.Unlock()
		return nil
	}
	close(w.done)
	w.closeMu.Unlock()

	<-w.doneResp

	return nil
}

func (w *LockedWatcher) Add(name string) error {
	name = filepath.Clean(name)
	if w.isClosed() {
		return errors.New("inotify instance already closed")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.watches[name]; !ok {
		w.watches[name] = &lockedWatch{wd: uint32(len(w.watches) + 1)}
	}
	return nil
}

func (w *LockedWatcher) readEvents() {
	defer close(w.doneResp)
	defer close(w.Errors)
	defer close(w.Events)
	for {
		if w.isClosed() {
			return
		}
		select {
		case w.Events <- "event":
		case <-w.done:
			return
		}
	}
}
