// https://github.com/LFDT-Panurus/panurus/pull/1441
// Fixed version: re-validate txID before delete.
package inmemlocker

import (
	"context"
	"sync"
	"time"
)

type heldEntry struct {
	TxID       string
	LastAccess time.Time
}

type removeEntry struct {
	id   TokenID
	txID string
}

type tokenLocker struct {
	ttxdb          TXStatusProvider
	mu             sync.RWMutex
	locked         map[TokenID]*heldEntry
	sleepTimeout   time.Duration
	evictionWindow time.Duration
}

func newTokenLocker(db TXStatusProvider, sleep, eviction time.Duration) *tokenLocker {
	l := &tokenLocker{ttxdb: db, locked: map[TokenID]*heldEntry{}, sleepTimeout: sleep, evictionWindow: eviction}
	go l.collect(context.Background())
	return l
}

func (d *tokenLocker) lockToken(ctx context.Context, id TokenID, txID string, reclaim bool) error {
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
	d.locked[id] = &heldEntry{TxID: txID, LastAccess: time.Now()}
	return nil
}

func (d *tokenLocker) unlockTx(txID string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, e := range d.locked {
		if e.TxID == txID {
			delete(d.locked, id)
		}
	}
}

func (d *tokenLocker) collect(ctx context.Context) {
	for {
		d.mu.RLock()
		var removeList []removeEntry
		for id, e := range d.locked {
			status, err := d.ttxdb.GetStatus(ctx, e.TxID)
			if err != nil || status == Deleted ||
				(status == Confirmed && time.Since(e.LastAccess) > d.evictionWindow) {
				removeList = append(removeList, removeEntry{id: id, txID: e.TxID})
			}
		}
		d.mu.RUnlock()

		d.mu.Lock()
		for _, s := range removeList {
			if e, ok := d.locked[s.id]; ok && e.TxID == s.txID {
				delete(d.locked, s.id)
			}
		}
		d.mu.Unlock()

		select {
		case <-ctx.Done():
			return
		case <-time.After(d.sleepTimeout):
		}
	}
}
