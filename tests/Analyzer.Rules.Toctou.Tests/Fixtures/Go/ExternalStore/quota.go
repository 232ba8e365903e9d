package externalstore

import (
	"errors"
	"sync"
)

// QuotaStore is a store of usage per namespace with its own synchronization.
type QuotaStore interface {
	GetUsage(namespace string) (int, error)
	SetUsage(namespace string, used int) error
}

// Admission looks the usage up on the store and changes it through a method of its own, and the other way round.
// Its lock guards its own counters, which marks it as shared between goroutines.
type Admission struct {
	mu       sync.Mutex
	admitted int
	quotas   QuotaStore
	limit    int
}

func (a *Admission) Count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.admitted
}

func (a *Admission) charge(namespace string, used int) error {
	return a.quotas.SetUsage(namespace, used)
}

func (a *Admission) usage(namespace string) (int, error) {
	return a.quotas.GetUsage(namespace)
}

func (a *Admission) Admit(namespace string, n int) error {
	used, err := a.quotas.GetUsage(namespace) // Secondary [check]
	if err != nil {
		return err
	}
	if used+n > a.limit {
		return errors.New("over quota")
	}
	return a.charge(namespace, used+n) // Noncompliant [TOCTOU002] {{GetUsage() on a.quotas at line 38 decides charge() at line 45, which changes the same store inside; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}

func (a *Admission) Release(namespace string, n int) error {
	used, err := a.usage(namespace) // Secondary [check]
	if err != nil || used < n {
		return err
	}
	return a.quotas.SetUsage(namespace, used-n) // Noncompliant [TOCTOU002] {{usage() at line 49, which looks a.quotas up inside, decides SetUsage() on the same store at line 53; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}
