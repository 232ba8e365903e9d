// https://github.com/fsnotify/fsnotify/issues/367 (fixed by https://github.com/fsnotify/fsnotify/pull/465)
// Watcher.Close asked isClosed() and then closed the done channel; two goroutines calling Close
// together could both see "not closed" and both close(done), panicking with "close of closed
// channel". The fix takes a dedicated mutex around the isClosed check and the close.
package fsnotify

import (
	"errors"
	"path/filepath"
	"sync"
)

type watch struct {
	wd    uint32
	flags uint32
}

// Watcher watches a set of files, delivering events to a channel.
type Watcher struct {
	Events   chan string
	Errors   chan error
	mu       sync.Mutex // Map access
	watches  map[string]*watch
	done     chan struct{} // Channel for sending a "quit message" to the reader goroutine
	doneResp chan struct{} // Channel to respond to Close
}

// NewWatcher creates a watcher and starts its reader goroutine.
func NewWatcher() *Watcher {
	w := &Watcher{
		Events:   make(chan string),
		Errors:   make(chan error),
		watches:  make(map[string]*watch),
		done:     make(chan struct{}),
		doneResp: make(chan struct{}),
	}
	go w.readEvents()
	return w
}

func (w *Watcher) isClosed() bool {
	select {
	case <-w.done:
		return true
	default:
		return false
	}
}

// Close removes all watches and closes the events channel.
func (w *Watcher) Close() error {
	if w.isClosed() {
		return nil
	}

	// Send 'close' signal to goroutine, and set the Watcher to closed.
	close(w.done) // Noncompliant

	// Wait for goroutine to close
	<-w.doneResp

	return nil
}

// Add starts watching the named file or directory (non-recursively).
func (w *Watcher) Add(name string) error {
	name = filepath.Clean(name)
	if w.isClosed() {
		return errors.New("inotify instance already closed")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.watches[name]; !ok {
		w.watches[name] = &watch{wd: uint32(len(w.watches) + 1)}
	}
	return nil
}

func (w *Watcher) readEvents() {
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
