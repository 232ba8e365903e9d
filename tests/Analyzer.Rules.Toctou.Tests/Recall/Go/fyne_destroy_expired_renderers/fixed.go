// https://github.com/fyne-io/fyne/pull/5146
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package fynecache

import (
	"sync"
	"time"
)

type safeRendererInfo struct {
	expiringCache
	renderer Renderer
}

var (
	safeRenderersLock sync.RWMutex
	safeRenderers     = map[Widget]*safeRendererInfo{}
)

func SafeCachedRenderer(wid Widget) Renderer {
	safeRenderersLock.Lock()
	rinfo, ok := safeRenderers[wid]
	if !ok {
		rinfo = &safeRendererInfo{renderer: wid.CreateRenderer()}
		safeRenderers[wid] = rinfo
	}
	rinfo.setAlive()
	safeRenderersLock.Unlock()
	return rinfo.renderer
}

// destroyExpiredSafeRenderers holds the write lock while it checks expiry and deletes,
// so no renderer can be refreshed or replaced between the two.
func destroyExpiredSafeRenderers(now time.Time) {
	safeRenderersLock.Lock()
	defer safeRenderersLock.Unlock()

	for wid, rinfo := range safeRenderers {
		if rinfo.isExpired(now) {
			rinfo.renderer.Destroy()
			delete(safeRenderers, wid)
		}
	}
}

func SafeClean(canvasRefreshed bool) {
	if canvasRefreshed {
		destroyExpiredSafeRenderers(timeNow())
	}
}
