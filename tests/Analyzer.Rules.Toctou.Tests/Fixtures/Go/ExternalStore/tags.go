package externalstore

import (
	"context"
	"errors"
)

var errTagExists = errors.New("tag exists")

// TagStore is a store outside the program; other processes use it too.
type TagStore interface {
	HasTag(ctx context.Context, name string) (bool, error)
	GetTag(ctx context.Context, name string) (string, error)
	PutTag(ctx context.Context, name, commit string) error
}

type Tags struct {
	store TagStore
}

// Two lookups of one tag before the same put make one finding, at the first lookup; the second is a related location.
func (t *Tags) Tag(ctx context.Context, name, commit string) error {
	if ok, _ := t.store.HasTag(ctx, name); ok { // Secondary [check]
		return errTagExists
	}
	if _, err := t.store.GetTag(ctx, name); err == nil { // Secondary [check]
		return errTagExists
	}
	return t.store.PutTag(ctx, name, commit) // Noncompliant [TOCTOU002] {{HasTag() on t.store at line 23 decides PutTag() on the same store at line 29; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}
