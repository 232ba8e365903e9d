// https://github.com/couchbase/sync_gateway/pull/4866
// TakeDbOffline first loaded dc.State and returned silently only if the db was already
// offline/stopping; otherwise it tried CompareAndSwap(Online->Stopping) and answered 503 when
// the swap failed. Two concurrent _offline requests both saw Online, one lost the swap and
// reported "must be in Online state" from its stale check. Fix: swap first, inspect state after.
package syncgateway

import (
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
)

const (
	DBOffline uint32 = iota
	DBStarting
	DBOnline
	DBStopping
	DBResyncing
)

var errNotOnline = errors.New("Unable to take Database offline, database must be in Online state")

type DatabaseContext struct {
	Name        string
	State       uint32
	ExitChanges chan struct{}
	AccessLock  sync.RWMutex
}

func (dc *DatabaseContext) TakeDbOffline(reason string) error {
	dbState := atomic.LoadUint32(&dc.State)

	// already offline or on its way there: nothing to do
	if dbState == DBOffline || dbState == DBResyncing || dbState == DBStopping {
		return nil
	}

	if atomic.CompareAndSwapUint32(&dc.State, DBOnline, DBStopping) {
		close(dc.ExitChanges)

		// wait for in-flight requests holding the read lock
		dc.AccessLock.Lock()
		defer dc.AccessLock.Unlock()

		atomic.StoreUint32(&dc.State, DBOffline)
		return nil
	}
	return errNotOnline // Noncompliant
}

// Admin REST handler; net/http serves each request on its own goroutine.
type adminHandler struct {
	db *DatabaseContext
}

func (h *adminHandler) handleDbOffline(w http.ResponseWriter, r *http.Request) {
	if err := h.db.TakeDbOffline("ADMIN Request"); err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}
