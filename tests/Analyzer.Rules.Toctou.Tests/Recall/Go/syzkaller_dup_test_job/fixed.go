// https://github.com/google/syzkaller/issues/518
// Fixed shape: the ExtID duplicate query and the creation of the job run inside one
// transaction, so a concurrent duplicate request sees the first job and only updates
// its link.
package dashjobs

import (
	"net/http"
	"sync"
)

type TestJob struct {
	BugID string
	ExtID string
	Link  string
}

type txStore struct {
	txMu sync.Mutex
	jobs map[int]*TestJob
	next int
}

type txn struct{ s *txStore }

func (t txn) find(bugID, extID string) (int, *TestJob) {
	for key, j := range t.s.jobs {
		if j.BugID == bugID && j.ExtID == extID {
			return key, j
		}
	}
	return 0, nil
}

func (t txn) store(key int, j *TestJob) {
	if key == 0 {
		t.s.next++
		key = t.s.next
	}
	t.s.jobs[key] = j
}

// runInTransaction executes fn with exclusive access to the store.
func (s *txStore) runInTransaction(fn func(tx txn) error) error {
	s.txMu.Lock()
	defer s.txMu.Unlock()
	return fn(txn{s: s})
}

var jobStore = &txStore{jobs: make(map[int]*TestJob)}

func addTestJobTx(bugID, extID, link string) error {
	return jobStore.runInTransaction(func(tx txn) error {
		key, existing := tx.find(bugID, extID)
		if existing != nil {
			if existing.Link == "" && link != "" {
				existing.Link = link
				tx.store(key, existing)
			}
			return nil
		}
		tx.store(0, &TestJob{BugID: bugID, ExtID: extID, Link: link})
		return nil
	})
}

func handleIncomingMailTx(w http.ResponseWriter, r *http.Request) {
	if err := addTestJobTx(r.FormValue("bug"), r.FormValue("msgid"), r.FormValue("link")); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
