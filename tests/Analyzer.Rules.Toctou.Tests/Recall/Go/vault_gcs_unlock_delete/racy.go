// https://github.com/hashicorp/vault/pull/5081
// Vault's GCS HA lock: on Unlock the leader reads the lock object, checks that
// the identity stored in it is its own, and then deletes the object. Between the
// read and the delete the TTL can lapse and another Vault node can take the lock
// and rewrite the object, so the old leader deletes the new leader's lock. The fix
// deletes with Generation/Metageneration preconditions (CAS) and ignores 412.
package gcsha

import (
	"context"
	"errors"
	"sync"
)

// Minimal stand-ins for cloud.google.com/go/storage.
type ObjectAttrs struct {
	Generation     int64
	Metageneration int64
	Metadata       map[string]string
}

type Conditions struct {
	GenerationMatch     int64
	MetagenerationMatch int64
}

type ObjectHandle interface {
	Attrs(ctx context.Context) (*ObjectAttrs, error)
	Delete(ctx context.Context) error
	If(c Conditions) ObjectHandle
}

var ErrObjectNotExist = errors.New("storage: object doesn't exist")

type LockRecord struct {
	Identity string
	attrs    *ObjectAttrs
}

type Lock struct {
	obj      ObjectHandle
	identity string
	held     bool
	lock     sync.Mutex
}

func (l *Lock) get(ctx context.Context) (*LockRecord, error) {
	attrs, err := l.obj.Attrs(ctx)
	if err == ErrObjectNotExist {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &LockRecord{Identity: attrs.Metadata["identity"], attrs: attrs}, nil
}

// Unlock releases the lock; renewLock/watchLock goroutines run alongside it.
func (l *Lock) Unlock() error {
	l.lock.Lock()
	defer l.lock.Unlock()
	if !l.held {
		return nil
	}

	ctx := context.Background()
	r, err := l.get(ctx)
	if err != nil {
		return err
	}
	if r != nil && r.Identity == l.identity {
		if err := l.obj.Delete(ctx); err != nil { // Noncompliant
			return err
		}
	}

	l.held = false
	return nil
}
