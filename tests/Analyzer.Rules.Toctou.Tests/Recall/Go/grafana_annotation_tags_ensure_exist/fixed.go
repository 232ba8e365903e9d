// https://github.com/grafana/grafana/pull/65935 (issue https://github.com/grafana/grafana/issues/61203)
// Fixed version: a unique constraint violation on INSERT means another request created the
// tag first; the row is read again and its id used instead of failing the annotation.
package tagimpl

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
)

var errDuplicateTag = errors.New("Error 1062: Duplicate entry for key 'UQE_tag_key_value'")

type TagRow struct {
	ID    int64
	Key   string
	Value string
}

type tagRows struct {
	mu     sync.Mutex
	nextID int64
	rows   map[[2]string]int64
}

func (t *tagRows) Get(key, value string) (int64, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	id, ok := t.rows[[2]string{key, value}]
	return id, ok
}

func (t *tagRows) Insert(tag *TagRow) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.rows[[2]string{tag.Key, tag.Value}]; ok {
		return errDuplicateTag
	}
	t.nextID++
	tag.ID = t.nextID
	t.rows[[2]string{tag.Key, tag.Value}] = tag.ID
	return nil
}

type xormTagStore struct {
	db *tagRows
}

func (s *xormTagStore) EnsureTagsExist(ctx context.Context, tags []*TagRow) ([]*TagRow, error) {
	for _, tag := range tags {
		if id, exists := s.db.Get(tag.Key, tag.Value); exists {
			tag.ID = id
			continue
		}
		err := s.db.Insert(tag)
		if errors.Is(err, errDuplicateTag) {
			// Created concurrently: retry the lookup once.
			if id, exists := s.db.Get(tag.Key, tag.Value); exists {
				tag.ID = id
				continue
			}
		}
		if err != nil {
			return nil, err
		}
	}
	return tags, nil
}

func splitTagPairs(raw []string) []*TagRow {
	tags := make([]*TagRow, 0, len(raw))
	for _, r := range raw {
		kv := strings.SplitN(r, ":", 2)
		t := &TagRow{Key: strings.TrimSpace(kv[0])}
		if len(kv) == 2 {
			t.Value = strings.TrimSpace(kv[1])
		}
		tags = append(tags, t)
	}
	return tags
}

func (s *xormTagStore) CreateAnnotation(w http.ResponseWriter, r *http.Request) {
	tags := splitTagPairs(r.URL.Query()["tags"])
	if _, err := s.EnsureTagsExist(r.Context(), tags); err != nil {
		http.Error(w, "Failed to save annotation", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
