// https://github.com/gogf/gf/pull/2472
// garray.StrArray.RemoveValue called Search (read lock) to find the value's index and then
// Remove (write lock) to delete that index. When several goroutines remove values from the
// same concurrent-safe array, another removal between the two calls shifts the slice, so
// the index now points at a different element and the wrong value is deleted. Fix: search
// and remove under one write lock (doSearchWithoutLock + doRemoveWithoutLock).
package garray

import "sync"

type StrArray struct {
	mu    sync.RWMutex
	array []string
}

func NewStrArrayFrom(array []string) *StrArray {
	return &StrArray{array: array}
}

// Search searches array by `value`, returns the index of `value`,
// or returns -1 if not exists.
func (a *StrArray) Search(value string) int {
	a.mu.RLock()
	defer a.mu.RUnlock()
	for i, v := range a.array {
		if v == value {
			return i
		}
	}
	return -1
}

// Remove removes an item by index.
func (a *StrArray) Remove(index int) (value string, found bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if index < 0 || index >= len(a.array) {
		return "", false
	}
	value = a.array[index]
	a.array = append(a.array[:index], a.array[index+1:]...)
	return value, true
}

// RemoveValue removes an item by value.
// It returns true if value is found in the array, or else false if not found.
func (a *StrArray) RemoveValue(value string) bool {
	if i := a.Search(value); i != -1 {
		_, found := a.Remove(i) // Noncompliant
		return found
	}
	return false
}

func (a *StrArray) Append(value ...string) *StrArray {
	a.mu.Lock()
	a.array = append(a.array, value...)
	a.mu.Unlock()
	return a
}

func removeAll(a *StrArray, values []string) {
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func(v string) {
			defer wg.Done()
			a.RemoveValue(v)
		}(v)
	}
	wg.Wait()
}
