// https://github.com/gluster/glusterd2/issues/510
// Fixed as in PR #808: the handler creates the transaction with the volume lock
// already held (NewTxnWithLocks) and only then reads and validates the volinfo,
// so the state cannot change between the check and the update.
package volumecommands

import (
	"net/http"
	"sync"
)

type LockedTxn struct {
	unlock func()
}

func NewTxnWithLocks(volname string) *LockedTxn {
	l, _ := clusterLocks.LoadOrStore(volname, &sync.Mutex{})
	mu := l.(*sync.Mutex)
	mu.Lock()
	return &LockedTxn{unlock: mu.Unlock}
}

func (t *LockedTxn) Done() { t.unlock() }

func (t *LockedTxn) Run(step func() error) error { return step() }

func volumeStopLockedHandler(w http.ResponseWriter, r *http.Request) {
	volname := r.URL.Query().Get("volname")

	txn := NewTxnWithLocks(volname)
	defer txn.Done()

	volinfo, err := GetVolume(volname)
	if err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if volinfo.State != VolStarted {
		w.WriteHeader(http.StatusBadRequest)
		return
	}

	err = txn.Run(func() error {
		if err := stopBricks(volinfo); err != nil {
			return err
		}
		volinfo.State = VolStopped
		AddOrUpdateVolume(volinfo)
		return nil
	})
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
