// https://github.com/grafana/grafana/pull/65935 (issue https://github.com/grafana/grafana/issues/61203)
// EnsureTagsExist looked each tag up in the tag table and inserted it when no row was found.
// Two annotations carrying the same new tag, created at the same time by separate API
// requests (or Grafana instances), both missed the row and both inserted; the second INSERT
// failed on the UNIQUE (key, value) index and the annotation was not saved. Fix: on a
// unique constraint violation the lookup is retried once and the existing id is used.
package tagimpl

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
)

var errUniqueViolation = errors.New("Error 1062: Duplicate entry for key 'UQE_tag_key_value'")

type Tag struct {
	ID    int64
	Key   string
	Value string
}

// tagTable stands for the SQL "tag" table with its UNIQUE (key, value) index.
type tagTable struct {
	mu     sync.Mutex
	nextID int64
	rows   map[[2]string]int64
}

func (t *tagTable) Get(key, value string) (int64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	id, ok := t.rows[[2]string{key, value}]
	return id, ok
}

func (t *tagTable) Insert(tag *Tag) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.rows[[2]string{tag.Key, tag.Value}]; ok {
		return errUniqueViolation
	}
	t.nextID++
	tag.ID = t.nextID
	t.rows[[2]string{tag.Key, tag.Value}] = tag.ID
	return nil
}

type sqlStore struct {
	db *tagTable
}

func (s *sqlStore) EnsureTagsExist(ctx context.Context, tags []*Tag) ([]*Tag, error) {
	for _, tag := range tags {
		if id, exists := s.db.Get(tag.Key, tag.Value); exists {
			tag.ID = id
			continue
		}
		if err := s.db.Insert(tag); err != nil { // Noncompliant
			return nil, err
		}
	}
	return tags, nil
}

func parseTagPairs(raw []string) []*Tag {
	tags := make([]*Tag, 0, len(raw))
	for _, r := range raw {
		kv := strings.SplitN(r, ":", 2)
		t := &Tag{Key: strings.TrimSpace(kv[0])}
		if len(kv) == 2 {
			t.Value = strings.TrimSpace(kv[1])
		}
		tags = append(tags, t)
	}
	return tags
}

// PostAnnotation handles POST /api/annotations; net/http runs each request in its own goroutine.
func (s *sqlStore) PostAnnotation(w http.ResponseWriter, r *http.Request) {
	tags := parseTagPairs(r.URL.Query()["tags"])
	if _, err := s.EnsureTagsExist(r.Context(), tags); err != nil {
		http.Error(w, "Failed to save annotation", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
