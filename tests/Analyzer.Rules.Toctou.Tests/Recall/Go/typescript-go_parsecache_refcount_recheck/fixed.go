// https://github.com/microsoft/typescript-go/pull/1986
// Fixed version: after locking an entry found in the map, the refCount is checked again; a
// count of zero means Release deleted it meanwhile, so the lookup is retried instead of reviving it.
package project

import "sync"

type checkedParseCache struct {
	entries sync.Map // string -> *parseCacheEntry
}

// Acquire is called by snapshot builds on several language-server goroutines.
func (c *checkedParseCache) Acquire(fileName, text string, hash uint64) *SourceFile {
	entry, loaded := c.loadOrStoreLocked(fileName)
	defer entry.mu.Unlock()
	if !loaded || entry.hash != hash {
		entry.sourceFile = &SourceFile{FileName: fileName, Text: text}
		entry.hash = hash
	}
	return entry.sourceFile
}

// Release is called when an old snapshot is disposed.
func (c *checkedParseCache) Release(fileName string) {
	if v, ok := c.entries.Load(fileName); ok {
		entry := v.(*parseCacheEntry)
		entry.mu.Lock()
		entry.refCount--
		remove := entry.refCount <= 0
		entry.mu.Unlock()
		if remove {
			c.entries.Delete(fileName)
		}
	}
}

func (c *checkedParseCache) loadOrStoreLocked(key string) (*parseCacheEntry, bool) {
	entry := &parseCacheEntry{refCount: 1}
	entry.mu.Lock()
	v, loaded := c.entries.LoadOrStore(key, entry)
	if loaded {
		existing := v.(*parseCacheEntry)
		existing.mu.Lock()
		if existing.refCount <= 0 {
			// Entry was deleted while we were acquiring the lock.
			existing.mu.Unlock()
			return c.loadOrStoreLocked(key)
		}
		existing.refCount++
		return existing, true
	}
	return entry, false
}
