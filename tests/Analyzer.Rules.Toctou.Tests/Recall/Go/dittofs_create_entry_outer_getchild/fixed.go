// https://github.com/marmos91/dittofs/pull/639 (closes https://github.com/marmos91/dittofs/issues/624)
// Fixed: the outer GetChild stays as a fast path, but the name is checked again with
// tx.GetChild inside the transaction, under the same lock as SetChild.
package metadata

import (
	"context"
	"errors"
)

type CheckedService struct{ store *MemoryStore }

func (svc *CheckedService) createChecked(ctx context.Context, parent FileHandle, name string) (*File, error) {
	if _, err := svc.store.GetChild(ctx, parent, name); err == nil {
		return nil, ErrAlreadyExists
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}

	created := &File{Handle: svc.store.GenerateHandle(), Name: name}
	err := svc.store.WithTransaction(ctx, func(tx *Transaction) error {
		// Re-check existence inside the transaction to close the TOCTOU window.
		if _, innerErr := tx.GetChild(parent, name); innerErr == nil {
			return ErrAlreadyExists
		}
		tx.PutFile(created)
		tx.SetChild(parent, name, created.Handle)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return created, nil
}
