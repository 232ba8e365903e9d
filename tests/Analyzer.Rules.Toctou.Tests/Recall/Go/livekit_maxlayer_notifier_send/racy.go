// https://github.com/livekit/livekit/pull/2179
// postMaxLayerNotifierEvent read the isClosed flag and then posted to maxLayerNotifierCh,
// while CloseWithFlush on another goroutine could close that channel in between, so the post
// panicked (send on closed channel). Fix: hold bindLock across the closed check and the post,
// and close the channel under the same lock.
package sfu

import (
	"sync"
	"sync/atomic"
)

type DownTrack struct {
	bindLock sync.Mutex
	bound    bool
	isClosed atomic.Bool

	maxLayer           atomic.Int32
	maxLayerNotifierCh chan struct{}
	onMaxLayerChanged  func(layer int32)
}

func NewDownTrack(onChange func(layer int32)) *DownTrack {
	d := &DownTrack{
		maxLayerNotifierCh: make(chan struct{}, 20),
		onMaxLayerChanged:  onChange,
	}
	go d.maxLayerNotifierWorker()
	return d
}

func (d *DownTrack) Bind() {
	d.bindLock.Lock()
	d.bound = true
	d.bindLock.Unlock()
}

func (d *DownTrack) IsClosed() bool {
	return d.isClosed.Load()
}

// SetMaxSpatialLayer is called from the signalling goroutine of the subscriber.
func (d *DownTrack) SetMaxSpatialLayer(layer int32) {
	if d.maxLayer.Swap(layer) == layer {
		return
	}
	d.postMaxLayerNotifierEvent()
}

func (d *DownTrack) postMaxLayerNotifierEvent() {
	if d.IsClosed() {
		return
	}

	select {
	case d.maxLayerNotifierCh <- struct{}{}: // Noncompliant
	default:
	}
}

func (d *DownTrack) maxLayerNotifierWorker() {
	for range d.maxLayerNotifierCh {
		if d.onMaxLayerChanged != nil {
			d.onMaxLayerChanged(d.maxLayer.Load())
		}
	}
}

// CloseWithFlush runs when the subscriber leaves, on another goroutine.
func (d *DownTrack) CloseWithFlush(flush bool) {
	if d.isClosed.Swap(true) {
		return
	}

	d.bindLock.Lock()
	d.bound = false
	d.bindLock.Unlock()

	close(d.maxLayerNotifierCh)
}
