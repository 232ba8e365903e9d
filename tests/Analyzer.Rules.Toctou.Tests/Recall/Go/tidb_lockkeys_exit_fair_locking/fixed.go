// https://github.com/pingcap/tidb/pull/42638
package txn

import "sync"

type fairLockingContext struct {
	currentLockedKeys map[string]struct{}
}

type SafeKVTxn struct {
	mu         sync.Mutex
	fairCtx    *fairLockingContext
	lockedKeys map[string]struct{}
}

func NewSafeKVTxn() *SafeKVTxn {
	return &SafeKVTxn{lockedKeys: map[string]struct{}{}}
}

func (txn *SafeKVTxn) StartAggressiveLocking() {
	txn.mu.Lock()
	defer txn.mu.Unlock()
	txn.fairCtx = &fairLockingContext{currentLockedKeys: map[string]struct{}{}}
}

// exitAggressiveLockingIfInapplicable must be called with txn.mu held.
func (txn *SafeKVTxn) exitAggressiveLockingIfInapplicable(keys []string) {
	if txn.fairCtx != nil && len(keys) > 1 {
		for k := range txn.fairCtx.currentLockedKeys {
			txn.lockedKeys[k] = struct{}{}
		}
		txn.fairCtx = nil
	}
}

func (txn *SafeKVTxn) LockKeys(keys ...string) error {
	txn.mu.Lock()
	defer txn.mu.Unlock()
	txn.exitAggressiveLockingIfInapplicable(keys)
	for _, k := range keys {
		if txn.fairCtx != nil {
			txn.fairCtx.currentLockedKeys[k] = struct{}{}
		} else {
			txn.lockedKeys[k] = struct{}{}
		}
	}
	return nil
}

type safeDriverTxn struct {
	*SafeKVTxn
}

func (txn *safeDriverTxn) LockKeys(keys ...string) error {
	return txn.SafeKVTxn.LockKeys(keys...)
}

func unionLockSafe(txn *safeDriverTxn, batches [][]string) {
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
