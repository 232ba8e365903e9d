// https://github.com/goharbor/harbor/pull/10366
// Fixed version: if the insert fails with a unique-constraint conflict, another request
// created the artifact in the meantime, so read it again and return its ID.
package artifact

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
	"strings"
	"time"
)

var errConflict = errors.New("conflict: artifact already exists")

type artifactStore struct {
	db *sql.DB
}

func (s *artifactStore) find(ctx context.Context, repoID int64, digest string) (int64, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx,
		`SELECT id FROM artifact WHERE repository_id = $1 AND digest = $2`, repoID, digest).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func (s *artifactStore) insert(ctx context.Context, repoID int64, digest string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx,
		`INSERT INTO artifact (repository_id, digest, push_time) VALUES ($1, $2, $3) RETURNING id`,
		repoID, digest, time.Now()).Scan(&id)
	if err != nil && strings.Contains(err.Error(), "duplicate key value violates unique constraint") {
		return 0, errConflict
	}
	return id, err
}

type artifactController struct {
	store *artifactStore
}

func (c *artifactController) ensure(ctx context.Context, repoID int64, digest string) (bool, int64, error) {
	id, found, err := c.store.find(ctx, repoID, digest)
	if err != nil {
		return false, 0, err
	}
	if found {
		return false, id, nil
	}
	id, err = c.store.insert(ctx, repoID, digest)
	if err != nil {
		// if got conflict error, try to get the artifact again
		if errors.Is(err, errConflict) {
			id, found, err = c.store.find(ctx, repoID, digest)
			if err != nil {
				return false, 0, err
			}
			if found {
				return false, id, nil
			}
		}
		return false, 0, err
	}
	return true, id, nil
}

func (c *artifactController) handlePutManifest(w http.ResponseWriter, r *http.Request) {
	digest := strings.TrimPrefix(r.URL.Path, "/v2/library/app/manifests/")
	if _, _, err := c.ensure(r.Context(), 1, digest); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
