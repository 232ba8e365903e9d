// https://github.com/mulgadc/viperblock/pull/45
// Fixed shape: bgMu is held across start and stop, so a concurrent second stop waits for the first, then
// sees the nil'd field and returns; the goroutine works on local copies of the channels and the ticker.
package viperblock

import (
	"sync"
	"time"
)

// Store is a stand-in for the object-store backend chunks are uploaded to.
type Store interface {
	PutChunks(chunks [][]byte) error
}

type Volume struct {
	ChunkUploadInterval time.Duration
	store               Store

	pendingMu sync.Mutex
	pending   [][]byte

	bgMu              sync.Mutex // guards the background goroutine lifecycle fields below
	chunkUploadStop   chan struct{}
	chunkUploadDone   chan struct{}
	chunkUploadTicker *time.Ticker
}

func (v *Volume) DrainToBackend() error {
	v.pendingMu.Lock()
	chunks := v.pending
	v.pending = nil
	v.pendingMu.Unlock()
	return v.store.PutChunks(chunks)
}

func (v *Volume) StartChunkUploader() {
	if v.ChunkUploadInterval <= 0 {
		return
	}
	v.bgMu.Lock()
	defer v.bgMu.Unlock()
	v.chunkUploadStop = make(chan struct{})
	v.chunkUploadDone = make(chan struct{})
	v.chunkUploadTicker = time.NewTicker(v.ChunkUploadInterval)

	// Locals, not struct fields: the stopper nils the fields.
	stop, done, ticker := v.chunkUploadStop, v.chunkUploadDone, v.chunkUploadTicker
	go func() {
		defer close(done)
		defer ticker.Stop()
		for {
			select {
			case <-ticker.C:
				_ = v.DrainToBackend()
			case <-stop:
				return
			}
		}
	}()
}

func (v *Volume) StopChunkUploader() {
	v.bgMu.Lock()
	defer v.bgMu.Unlock()
	// Not running, or a concurrent caller stopped it while this one waited for the mutex.
	if v.chunkUploadStop == nil {
		return
	}
	close(v.chunkUploadStop)
	<-v.chunkUploadDone

	v.chunkUploadStop = nil
	v.chunkUploadDone = nil
	v.chunkUploadTicker = nil
}

func (v *Volume) Close() error {
	v.StopChunkUploader()
	return v.DrainToBackend()
}
