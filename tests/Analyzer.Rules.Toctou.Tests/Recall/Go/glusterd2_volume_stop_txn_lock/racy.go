// https://github.com/gluster/glusterd2/issues/510
// REST handlers fetched the volinfo from the store, validated the request
// against it (e.g. "volume is started"), and only then ran a transaction whose
// steps took the cluster lock; another request could change the volume in
// between. Fix (PR #808): NewTxnWithLocks takes the volume lock before the check.
package volumecommands

import (
	"errors"
	"net/http"
	"sync"
)

type VolState int

const (
	VolStarted VolState = iota
	VolStopped
)

type Volinfo struct {
	Name  string
	State VolState
}

// store stands in for the etcd-backed volume store.
type store struct {
	mu   sync.Mutex
	vols map[string]*Volinfo
}

var volStore = &store{vols: map[string]*Volinfo{}}

func GetVolume(name string) (*Volinfo, error) {
	volStore.mu.Lock()
	defer volStore.mu.Unlock()
	v, ok := volStore.vols[name]
	if !ok {
		return nil, errors.New("volume not found")
	}
	c := *v
	return &c, nil
}

func AddOrUpdateVolume(v *Volinfo) {
	volStore.mu.Lock()
	defer volStore.mu.Unlock()
	volStore.vols[v.Name] = v
}

// clusterLocks stands in for the per-volume etcd lock.
var clusterLocks sync.Map

type Txn struct{ lockedOn string }

func NewTxn() *Txn { return &Txn{} }

// Do runs the steps; the volume lock is held only while the steps run.
func (t *Txn) Do(volname string, step func() error) error {
	l, _ := clusterLocks.LoadOrStore(volname, &sync.Mutex{})
	l.(*sync.Mutex).Lock()
	defer l.(*sync.Mutex).Unlock()
	return step()
}

func stopBricks(v *Volinfo) error { return nil }

func volumeStopHandler(w http.ResponseWriter, r *http.Request) {
	volname := r.URL.Query().Get("volname")
	volinfo, err := GetVolume(volname)
	if err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if volinfo.State != VolStarted {
		w.WriteHeader(http.StatusBadRequest)
		return
	}

	txn := NewTxn()
	err = txn.Do(volname, func() error {
		if err := stopBricks(volinfo); err != nil {
			return err
		}
		volinfo.State = VolStopped
		AddOrUpdateVolume(volinfo) // Noncompliant
		return nil
	})
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
