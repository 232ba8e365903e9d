// https://github.com/pingcap/tidb/pull/42638
// TiDB's txn driver LockKeys can be called concurrently (e.g. by UnionExec workers). It checked
// "in fair (aggressive) locking mode and more than one key" and then exited fair locking mode
// outside the mutex that client-go's LockKeys holds, so two callers could both see the mode
// active and both exit it. Fix (tikv/client-go#750): exitAggressiveLockingIfInapplicable is
// called inside lockKeys while txn.mu is held; the driver no longer does the check itself.
package txn

import "sync"

type aggressiveLockingContext struct {
	currentLockedKeys map[string]struct{}
}

// KVTxn mimics client-go's transaction: its LockKeys takes txn.mu.
type KVTxn struct {
	mu                       sync.Mutex
	aggressiveLockingContext *aggressiveLockingContext
	lockedKeys               map[string]struct{}
}

func NewKVTxn() *KVTxn {
	return &KVTxn{lockedKeys: map[string]struct{}{}}
}

func (txn *KVTxn) StartAggressiveLocking() {
	txn.aggressiveLockingContext = &aggressiveLockingContext{currentLockedKeys: map[string]struct{}{}}
}

func (txn *KVTxn) IsInAggressiveLockingMode() bool {
	return txn.aggressiveLockingContext != nil
}

// DoneAggressiveLocking promotes the fair locks to normal locks and leaves the mode.
func (txn *KVTxn) DoneAggressiveLocking() {
	for k := range txn.aggressiveLockingContext.currentLockedKeys {
		txn.lockedKeys[k] = struct{}{}
	}
	txn.aggressiveLockingContext = nil
}

func (txn *KVTxn) LockKeys(keys ...string) error {
	txn.mu.Lock()
	defer txn.mu.Unlock()
	for _, k := range keys {
		if txn.aggressiveLockingContext != nil {
			txn.aggressiveLockingContext.currentLockedKeys[k] = struct{}{}
		} else {
			txn.lockedKeys[k] = struct{}{}
		}
	}
	return nil
}

// tikvTxn is TiDB's store/driver wrapper.
type tikvTxn struct {
	*KVTxn
}

func (txn *tikvTxn) LockKeys(keys ...string) error {
	if txn.IsInAggressiveLockingMode() && len(keys) > 1 {
		txn.DoneAggressiveLocking() // Noncompliant
	}
	return txn.KVTxn.LockKeys(keys...)
}

// unionLock: UnionExec children lock rows from several goroutines on one transaction.
func unionLock(txn *tikvTxn, batches [][]string) {
	var wg sync.WaitGroup
	for _, b := range batches {
		wg.Add(1)
		go func(keys []string) {
			defer wg.Done()
			_ = txn.LockKeys(keys...)
		}(b)
	}
	wg.Wait()
}
