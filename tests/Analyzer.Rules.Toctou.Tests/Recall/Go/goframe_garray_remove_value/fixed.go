// https://github.com/gogf/gf/pull/2472
// Fixed version: RemoveValue takes the write lock once and uses the lock-free helpers for
// both the search and the removal, so the index cannot go stale in between.
package garray

import "sync"

type SafeStrArray struct {
	mu    sync.RWMutex
	array []string
}

func (a *SafeStrArray) doSearchWithoutLock(value string) int {
	for i, v := range a.array {
		if v == value {
			return i
		}
	}
	return -1
}

func (a *SafeStrArray) doRemoveWithoutLock(index int) (value string, found bool) {
	if index < 0 || index >= len(a.array) {
		return "", false
	}
	value = a.array[index]
	a.array = append(a.array[:index], a.array[index+1:]...)
	return value, true
}

func (a *SafeStrArray) Search(value string) int {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.doSearchWithoutLock(value)
}

func (a *SafeStrArray) Remove(index int) (value string, found bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.doRemoveWithoutLock(index)
}

// RemoveValue removes an item by value.
func (a *SafeStrArray) RemoveValue(value string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if i := a.doSearchWithoutLock(value); i != -1 {
		_, found := a.doRemoveWithoutLock(i)
		return found
	}
	return false
}

func (a *SafeStrArray) Append(value ...string) *SafeStrArray {
	a.mu.Lock()
	a.array = append(a.array, value...)
	a.mu.Unlock()
	return a
}
