// https://github.com/go-gitea/gitea/pull/7898
// newIssue() read MAX(index) for the repo and then inserted the issue with index max+1
// (issue #7887). Two concurrent HTTP requests creating issues in the same repo can read
// the same max and both insert the same (repo_id, index); the second INSERT fails.
// Fix: NewIssue retries the whole read-max-and-insert attempt when the INSERT fails.
package models

import (
	"errors"
	"net/http"
	"sync"
)

var errDuplicateKey = errors.New("duplicate key (repo_id, index)")

type Issue struct {
	RepoID int64
	Index  int64
	Title  string
}

// issueTable stands in for the SQL table with a UNIQUE(repo_id, index) constraint.
type issueTable struct {
	mu   sync.Mutex
	rows map[[2]int64]*Issue
}

func (t *issueTable) maxIndex(repoID int64) int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var m int64
	for k := range t.rows {
		if k[0] == repoID && k[1] > m {
			m = k[1]
		}
	}
	return m
}

func (t *issueTable) insert(is *Issue) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := [2]int64{is.RepoID, is.Index}
	if _, ok := t.rows[key]; ok {
		return errDuplicateKey
	}
	t.rows[key] = is
	return nil
}

var db = &issueTable{rows: map[[2]int64]*Issue{}}

func NewIssue(repoID int64, title string) error {
	maxIndex := db.maxIndex(repoID)
	is := &Issue{RepoID: repoID, Title: title}
	is.Index = maxIndex + 1
	return db.insert(is) // Noncompliant
}

// CreateIssuePost is the web handler; net/http runs it on its own goroutine per request.
func CreateIssuePost(w http.ResponseWriter, r *http.Request) {
	if err := NewIssue(1, r.FormValue("title")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
