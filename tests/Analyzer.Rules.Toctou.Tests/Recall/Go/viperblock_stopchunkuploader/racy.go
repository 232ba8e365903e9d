// https://github.com/mulgadc/viperblock/pull/45
// StopChunkUploader checked chunkUploadStop for nil and then closed it, waited on chunkUploadDone and nil'd
// the fields, with no lock: the SIGTERM shutdown sweep and a NATS unmount handler stopping the same volume
// could both pass the nil check and both close the channel (panic). The fix holds a new bgMu across the
// start/stop functions and has the uploader goroutine use local copies of the channels and ticker.
package viperblock

import (
	"sync"
	"time"
)

// Backend is a stand-in for the object-store backend chunks are uploaded to.
type Backend interface {
	PutChunks(chunks [][]byte) error
}

type VB struct {
	ChunkUploadInterval time.Duration
	backend             Backend

	pendingMu sync.Mutex
	pending   [][]byte

	chunkUploadStop   chan struct{}
	chunkUploadDone   chan struct{}
	chunkUploadTicker *time.Ticker
}

// DrainToBackend uploads whatever is pending.
func (vb *VB) DrainToBackend() error {
	vb.pendingMu.Lock()
	chunks := vb.pending
	vb.pending = nil
	vb.pendingMu.Unlock()
	return vb.backend.PutChunks(chunks)
}

// StartChunkUploader starts a background goroutine that periodically calls DrainToBackend.
func (vb *VB) StartChunkUploader() {
	if vb.ChunkUploadInterval <= 0 {
		return
	}
	vb.chunkUploadStop = make(chan struct{})
	vb.chunkUploadDone = make(chan struct{})
	vb.chunkUploadTicker = time.NewTicker(vb.ChunkUploadInterval)

	go func() {
		defer close(vb.chunkUploadDone)
		defer vb.chunkUploadTicker.Stop()
		for {
			select {
			case <-vb.chunkUploadTicker.C:
				_ = vb.DrainToBackend()
			case <-vb.chunkUploadStop:
				return
			}
		}
	}()
}

// StopChunkUploader stops the background chunk upload goroutine.
func (vb *VB) StopChunkUploader() {
	if vb.chunkUploadStop == nil {
		return
	}
	close(vb.chunkUploadStop)
	<-vb.chunkUploadDone

	vb.chunkUploadStop = nil // Noncompliant
	vb.chunkUploadDone = nil
	vb.chunkUploadTicker = nil
}

// Close stops the uploader (again, if a handler already did) and flushes what is left.
func (vb *VB) Close() error {
	vb.StopChunkUploader()
	return vb.DrainToBackend()
}
