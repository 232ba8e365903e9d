// https://github.com/go-gitea/gitea/pull/7898
// Fixed: the read-max-then-insert attempt is retried a few times when the INSERT
// hits the duplicate (repo_id, index) key, so a lost race is tolerated.
package models

import (
	"errors"
	"fmt"
	"net/http"
)

const issueMaxDupIndexAttempts = 3

func newIssueAttempt(repoID int64, title string) error {
	maxIndex := db.maxIndex(repoID)
	is := &Issue{RepoID: repoID, Title: title, Index: maxIndex + 1}
	return db.insert(is)
}

func CreateIssueWithRetry(repoID int64, title string) (err error) {
	for i := 0; i < issueMaxDupIndexAttempts; i++ {
		if err = newIssueAttempt(repoID, title); err == nil {
			return nil
		}
		if !errors.Is(err, errDuplicateKey) {
			return err
		}
	}
	return fmt.Errorf("too many errors inserting the new issue: %w", err)
}

func CreateIssueRetryPost(w http.ResponseWriter, r *http.Request) {
	if err := CreateIssueWithRetry(1, r.FormValue("title")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
