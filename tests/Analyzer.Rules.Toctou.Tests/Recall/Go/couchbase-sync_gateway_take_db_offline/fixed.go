// https://github.com/couchbase/sync_gateway/pull/4866
// Fixed version: the CompareAndSwap(Online->Stopping) is attempted first; only when it fails is
// the current state loaded, and a db that is already offline/stopping is treated as success.
package syncgateway

import (
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
)

const (
	runStateOffline uint32 = iota
	runStateStarting
	runStateOnline
	runStateStopping
	runStateResyncing
)

var errOfflineInProgress = errors.New("Unable to take Database offline, another operation was already in progress. Please try again.")
var errOfflineBadState = errors.New("Unable to take Database offline, database must be in Online state")

type ServedDatabase struct {
	Name        string
	State       uint32
	ExitChanges chan struct{}
	AccessLock  sync.RWMutex
}

func (sd *ServedDatabase) GoOffline(reason string) error {
	if atomic.CompareAndSwapUint32(&sd.State, runStateOnline, runStateStopping) {
		close(sd.ExitChanges)

		sd.AccessLock.Lock()
		defer sd.AccessLock.Unlock()

		atomic.StoreUint32(&sd.State, runStateOffline)
		return nil
	}

	dbState := atomic.LoadUint32(&sd.State)
	if dbState == runStateOffline || dbState == runStateResyncing || dbState == runStateStopping {
		return nil
	}
	if dbState == runStateOnline {
		return errOfflineInProgress
	}
	return errOfflineBadState
}

type offlineAdminHandler struct {
	db *ServedDatabase
}

func (h *offlineAdminHandler) serveOffline(w http.ResponseWriter, r *http.Request) {
	if err := h.db.GoOffline("ADMIN Request"); err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}
