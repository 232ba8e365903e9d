// https://github.com/Kong/koko/pull/554
// Fixed version: unique index keys are written with Insert, which has no ON CONFLICT
// clause; the database's unique key rejects the second writer, and that unique
// violation (SQLSTATE 23505) is reported as a constraint error.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

const insertQuery = `INSERT INTO store (key, value) VALUES ($1, $2)`

var ErrUniqueViolation = errors.New("unique violation error")

// sqlStateError is implemented by the driver's error type (e.g. *pgconn.PgError).
type sqlStateError interface {
	error
	SQLState() string
}

func insert(ctx context.Context, tx *sql.Tx, key string, value []byte) error {
	_, err := tx.ExecContext(ctx, insertQuery, key, value)
	var stateErr sqlStateError
	if errors.As(err, &stateErr) && stateErr.SQLState() == "23505" {
		return ErrUniqueViolation
	}
	return err
}

type UniqueIndex struct {
	Name  string
	Value string
}

type StoredObject struct {
	Type    string
	ID      string
	Indexes []UniqueIndex
}

type ErrUniqueConstraint struct {
	Index UniqueIndex
}

func (e ErrUniqueConstraint) Error() string {
	return fmt.Sprintf("%s (type: unique) constraint failed for value '%s'", e.Index.Name, e.Index.Value)
}

type InsertingObjectStore struct {
	db *sql.DB
}

func (s *InsertingObjectStore) createIndexes(ctx context.Context, tx *sql.Tx, object StoredObject) error {
	for _, index := range object.Indexes {
		key := fmt.Sprintf("ix/u/%s/%s/%s", object.Type, index.Name, index.Value)
		err := insert(ctx, tx, key, []byte(object.ID))
		switch {
		case err == nil:
		case errors.Is(err, ErrUniqueViolation):
			return ErrUniqueConstraint{Index: index}
		default:
			return fmt.Errorf("add '%s' index for '%s' type: %w", index.Name, object.Type, err)
		}
	}
	return nil
}

func (s *InsertingObjectStore) Create(ctx context.Context, object StoredObject) error {
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
	if err := insert(ctx, tx, "o/"+object.Type+"/"+object.ID, value); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *InsertingObjectStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var object StoredObject
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
