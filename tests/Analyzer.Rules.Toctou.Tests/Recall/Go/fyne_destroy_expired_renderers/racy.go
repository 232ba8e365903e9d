// https://github.com/fyne-io/fyne/pull/5146
// destroyExpiredRenderers() (run by cache.Clean on paint) collected expired widgets while holding
// renderersLock.RLock(), released it, and then took the write lock to delete them. Between the
// RUnlock and the Lock a widget goroutine can look the renderer up again (refreshing its expiry)
// or store a fresh one, and it is then deleted anyway (issue #5129).
// Fix: take the write lock once and check expiry and delete in the same pass.
package fynecache

import (
	"sync"
	"sync/atomic"
	"time"
)

type Widget interface{ CreateRenderer() Renderer }

type Renderer interface{ Destroy() }

const cacheDuration = time.Minute

var timeNow = time.Now

type expiringCache struct {
	expires atomic.Int64 // unix nanos
}

func (c *expiringCache) isExpired(now time.Time) bool {
	return c.expires.Load() < now.UnixNano()
}

func (c *expiringCache) setAlive() {
	c.expires.Store(timeNow().Add(cacheDuration).UnixNano())
}

type rendererInfo struct {
	expiringCache
	renderer Renderer
}

var (
	renderersLock  sync.RWMutex
	renderers      = map[Widget]*rendererInfo{}
	expiredObjects = make([]Widget, 0, 50)
)

// CachedRenderer is called from widget code on any goroutine.
func CachedRenderer(wid Widget) Renderer {
	renderersLock.Lock()
	rinfo, ok := renderers[wid]
	if !ok {
		rinfo = &rendererInfo{renderer: wid.CreateRenderer()}
		renderers[wid] = rinfo
	}
	rinfo.setAlive()
	renderersLock.Unlock()
	return rinfo.renderer
}

// destroyExpiredRenderers deletes the renderer from the cache and calls renderer.Destroy().
func destroyExpiredRenderers(now time.Time) {
	expiredObjects = expiredObjects[:0]
	renderersLock.RLock()
	for wid, rinfo := range renderers {
		if rinfo.isExpired(now) {
			rinfo.renderer.Destroy()
			expiredObjects = append(expiredObjects, wid)
		}
	}
	renderersLock.RUnlock()
	if len(expiredObjects) > 0 {
		renderersLock.Lock()
		for i, exp := range expiredObjects {
			delete(renderers, exp) // Noncompliant
			expiredObjects[i] = nil
		}
		renderersLock.Unlock()
	}
}

// Clean is called by the driver's paint loop.
func Clean(canvasRefreshed bool) {
	if canvasRefreshed {
		destroyExpiredRenderers(timeNow())
	}
}
