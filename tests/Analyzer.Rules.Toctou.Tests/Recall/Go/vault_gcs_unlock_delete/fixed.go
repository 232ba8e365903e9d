// https://github.com/hashicorp/vault/pull/5081
// Fixed: the delete carries the generation/metageneration that were read, so the
// object store rejects it (HTTP 412) if another node rewrote the lock meanwhile;
// that precondition failure is treated as "someone else holds it now".
package gcsha

import (
	"context"
	"sync"
)

type PreconditionError struct{ Code int }

func (e *PreconditionError) Error() string { return "googleapi: precondition failed" }

type HALock struct {
	obj      ObjectHandle
	identity string
	held     bool
	mu       sync.Mutex
}

func (l *HALock) read(ctx context.Context) (*LockRecord, error) {
	attrs, err := l.obj.Attrs(ctx)
	if err == ErrObjectNotExist {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &LockRecord{Identity: attrs.Metadata["identity"], attrs: attrs}, nil
}

func (l *HALock) Release() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.held {
		return nil
	}

	ctx := context.Background()
	r, err := l.read(ctx)
	if err != nil {
		return err
	}
	if r != nil && r.Identity == l.identity {
		conds := Conditions{
			GenerationMatch:     r.attrs.Generation,
			MetagenerationMatch: r.attrs.Metageneration,
		}
		if err := l.obj.If(conds).Delete(ctx); err != nil {
			if perr, ok := err.(*PreconditionError); ok && perr.Code == 412 {
				// lock already taken by another node
			} else {
				return err
			}
		}
	}

	l.held = false
	return nil
}
