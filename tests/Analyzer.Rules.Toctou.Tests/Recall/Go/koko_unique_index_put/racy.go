// https://github.com/Kong/koko/pull/554
// createIndexes read a unique index key (checkIndex) and, if absent, wrote it with Put, an
// upsert; two admin API requests creating objects with the same unique name both saw it
// absent in their read-committed transactions and the second took over the first's index.
// Fix: a plain Insert whose unique violation from the database becomes ErrConstraint.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const (
	getQuery = `SELECT value FROM store WHERE key = $1`
	putQuery = `INSERT INTO store (key, value) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`
)

type Index struct {
	Name  string
	Value string
}

type Object struct {
	Type    string
	ID      string
	Indexes []Index
}

type ErrConstraint struct {
	Index Index
}

func (e ErrConstraint) Error() string {
	return fmt.Sprintf("%s (type: unique) constraint failed for value '%s'", e.Index.Name, e.Index.Value)
}

type ObjectStore struct {
	db *sql.DB
}

func (s *ObjectStore) checkIndex(ctx context.Context, tx *sql.Tx, index Index, key string) error {
	var value []byte
	err := tx.QueryRowContext(ctx, getQuery, key).Scan(&value)
	switch {
	case err == nil:
		return ErrConstraint{Index: index}
	case errors.Is(err, sql.ErrNoRows):
		return nil
	default:
		return err
	}
}

func (s *ObjectStore) createIndexes(ctx context.Context, tx *sql.Tx, object Object) error {
	for _, index := range object.Indexes {
		key := fmt.Sprintf("ix/u/%s/%s/%s", object.Type, index.Name, index.Value)
		if err := s.checkIndex(ctx, tx, index, key); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, putQuery, key, []byte(object.ID)); err != nil { // Noncompliant
			return fmt.Errorf("add '%s' index for '%s' type: %w", index.Name, object.Type, err)
		}
	}
	return nil
}

func (s *ObjectStore) Create(ctx context.Context, object Object) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	if err := s.createIndexes(ctx, tx, object); err != nil {
		return err
	}
	value, err := json.Marshal(object)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, putQuery, "o/"+object.Type+"/"+object.ID, value); err != nil {
		return err
	}
	return tx.Commit()
}

// ServeHTTP is the admin API create handler; requests are served on separate goroutines.
func (s *ObjectStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var object Object
	if err := json.NewDecoder(r.Body).Decode(&object); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Create(r.Context(), object); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
