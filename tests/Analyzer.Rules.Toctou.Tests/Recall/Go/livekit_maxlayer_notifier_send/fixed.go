// https://github.com/livekit/livekit/pull/2179
// Fixed version: the closed check and the post share bindLock with the close.
package sfu

import (
	"sync"
	"sync/atomic"
)

type GuardedDownTrack struct {
	bindLock sync.Mutex
	bound    bool
	isClosed atomic.Bool

	maxLayer           atomic.Int32
	maxLayerNotifierCh chan struct{}
	onMaxLayerChanged  func(layer int32)
}

func NewGuardedDownTrack(onChange func(layer int32)) *GuardedDownTrack {
	d := &GuardedDownTrack{
		maxLayerNotifierCh: make(chan struct{}, 20),
		onMaxLayerChanged:  onChange,
	}
	go d.notifyWorker()
	return d
}

func (d *GuardedDownTrack) Bind() {
	d.bindLock.Lock()
	d.bound = true
	d.bindLock.Unlock()
}

func (d *GuardedDownTrack) IsClosed() bool {
	return d.isClosed.Load()
}

func (d *GuardedDownTrack) SetMaxSpatialLayer(layer int32) {
	if d.maxLayer.Swap(layer) == layer {
		return
	}
	d.postNotifierEvent()
}

func (d *GuardedDownTrack) postNotifierEvent() {
	d.bindLock.Lock()
	defer d.bindLock.Unlock()

	if d.IsClosed() {
		return
	}

	select {
	case d.maxLayerNotifierCh <- struct{}{}:
	default:
	}
}

func (d *GuardedDownTrack) notifyWorker() {
	for range d.maxLayerNotifierCh {
		if d.onMaxLayerChanged != nil {
			d.onMaxLayerChanged(d.maxLayer.Load())
		}
	}
}

func (d *GuardedDownTrack) CloseWithFlush(flush bool) {
	d.bindLock.Lock()
	defer d.bindLock.Unlock()

	if d.isClosed.Swap(true) {
		return
	}
	d.bound = false
	close(d.maxLayerNotifierCh)
}
