// https://github.com/LFDT-Panurus/panurus/pull/1441
// The token locker's scanner goroutine collected IDs to evict under RLock, released it, then deleted
// them under the write Lock. A Lock(reclaim=true) in between could re-lock a token for a new transaction,
// and the scanner then deleted that fresh entry (two transactions owning one token). Fix: remember the
// observed txID per candidate and delete only entries still held by that transaction.
package inmemlocker

import (
	"context"
	"errors"
	"sync"
	"time"
)

type TokenID struct {
	TxID  string
	Index uint64
}

const (
	Pending = iota
	Confirmed
	Deleted
)

var ErrAlreadyLocked = errors.New("already locked")

type TXStatusProvider interface {
	GetStatus(ctx context.Context, txID string) (int, error)
}

type lockEntry struct {
	TxID       string
	LastAccess time.Time
}

type locker struct {
	ttxdb          TXStatusProvider
	mu             sync.RWMutex
	locked         map[TokenID]*lockEntry
	sleepTimeout   time.Duration
	evictionWindow time.Duration
}

func NewLocker(db TXStatusProvider, sleep, eviction time.Duration) *locker {
	l := &locker{ttxdb: db, locked: map[TokenID]*lockEntry{}, sleepTimeout: sleep, evictionWindow: eviction}
	go l.scan(context.Background())
	return l
}

func (d *locker) Lock(ctx context.Context, id TokenID, txID string, reclaim bool) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e, ok := d.locked[id]; ok {
		if !reclaim {
			return ErrAlreadyLocked
		}
		status, err := d.ttxdb.GetStatus(ctx, e.TxID)
		if err != nil || status != Deleted {
			return ErrAlreadyLocked
		}
	}
	d.locked[id] = &lockEntry{TxID: txID, LastAccess: time.Now()}
	return nil
}

func (d *locker) UnlockByTxID(txID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, e := range d.locked {
		if e.TxID == txID {
			delete(d.locked, id)
		}
	}
}

func (d *locker) scan(ctx context.Context) {
	for {
		d.mu.RLock()
		var removeList []TokenID
		for id, e := range d.locked {
			status, err := d.ttxdb.GetStatus(ctx, e.TxID)
			if err != nil || status == Deleted ||
				(status == Confirmed && time.Since(e.LastAccess) > d.evictionWindow) {
				removeList = append(removeList, id)
			}
		}
		d.mu.RUnlock()

		d.mu.Lock()
		for _, id := range removeList {
			delete(d.locked, id) // Noncompliant
		}
		d.mu.Unlock()

		select {
		case <-ctx.Done():
			return
		case <-time.After(d.sleepTimeout):
		}
	}
}
