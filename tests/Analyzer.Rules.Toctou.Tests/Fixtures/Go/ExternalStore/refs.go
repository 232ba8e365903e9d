package externalstore

import (
	"context"
	"errors"
)

var errRefExists = errors.New("ref exists")

// RefStore is a store outside the program (a database, an API); other processes use it too.
type RefStore interface {
	GetRef(ctx context.Context, repo, name string) (string, error)
	SetRef(ctx context.Context, repo, name, commit string) error
	DeleteRef(ctx context.Context, repo, name string) error
	SetRefIfAbsent(ctx context.Context, repo, name, commit string) error
}

// Refs has no lock and nothing here starts it in parallel: its callers are other packages, and the store is shared
// with whoever else uses it.
type Refs struct {
	store RefStore
}

// A lookup, then a set of the same ref: two callers can both find it missing and both set it.
func (r *Refs) CreateRef(ctx context.Context, repo, name, commit string) error {
	if _, err := r.store.GetRef(ctx, repo, name); err == nil { // Secondary [check]
		return errRefExists
	}
	return r.store.SetRef(ctx, repo, name, commit) // Noncompliant [TOCTOU002] {{GetRef() on r.store at line 26 decides SetRef() on the same store at line 29; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}

// The same through a local that holds the store: the calls reach the same store.
func (r *Refs) CreateRefVia(ctx context.Context, repo, name, commit string) error {
	store := r.store
	if _, err := store.GetRef(ctx, repo, name); err == nil { // Secondary [check]
		return errRefExists
	}
	return store.SetRef(ctx, repo, name, commit) // Noncompliant [TOCTOU002] {{GetRef() on r.store at line 35 decides SetRef() on the same store at line 38; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}

// The store's one-step call decides.
func (r *Refs) CreateRefOnce(ctx context.Context, repo, name, commit string) error {
	return r.store.SetRefIfAbsent(ctx, repo, name, commit)
}

// Removing what the lookup found: removing it twice changes nothing.
func (r *Refs) DropRef(ctx context.Context, repo, name string) error {
	if _, err := r.store.GetRef(ctx, repo, name); err != nil {
		return nil
	}
	return r.store.DeleteRef(ctx, repo, name)
}

// A lookup of one ref that decides a set of another.
func (r *Refs) Alias(ctx context.Context, repo, name, alias string) error {
	commit, err := r.store.GetRef(ctx, repo, name)
	if err != nil {
		return err
	}
	return r.store.SetRef(ctx, repo, alias, commit)
}

// Only this package calls it, and nothing here runs it beside other code.
func (r *Refs) createRef(ctx context.Context, repo, name, commit string) error {
	if _, err := r.store.GetRef(ctx, repo, name); err == nil {
		return errRefExists
	}
	return r.store.SetRef(ctx, repo, name, commit)
}
