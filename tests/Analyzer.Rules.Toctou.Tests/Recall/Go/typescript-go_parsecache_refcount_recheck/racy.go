// https://github.com/microsoft/typescript-go/pull/1986
// ParseCache.loadOrStoreNewLockedEntry found an entry with LoadOrStore, then locked it and bumped
// refCount. Release on another goroutine could drop that entry to zero and Delete it from the map
// between the lookup and the lock, reviving an uncached entry (issue #1983, "entry not found"
// panics). The fix re-checks refCount after taking the entry lock and retries if it was deleted.
package project

import "sync"

type SourceFile struct {
	FileName string
	Text     string
}

type parseCacheEntry struct {
	mu         sync.Mutex
	sourceFile *SourceFile
	hash       uint64
	refCount   int
}

type ParseCache struct {
	entries sync.Map // string -> *parseCacheEntry
}

// Acquire is called by snapshot builds on several language-server goroutines.
func (c *ParseCache) Acquire(fileName, text string, hash uint64) *SourceFile {
	entry, loaded := c.loadOrStoreNewLockedEntry(fileName)
	defer entry.mu.Unlock()
	if !loaded || entry.hash != hash {
		entry.sourceFile = &SourceFile{FileName: fileName, Text: text}
		entry.hash = hash
	}
	return entry.sourceFile
}

// Release is called when an old snapshot is disposed.
func (c *ParseCache) Release(fileName string) {
	if v, ok := c.entries.Load(fileName); ok {
		entry := v.(*parseCacheEntry)
		entry.mu.Lock()
		entry.refCount--
		remove := entry.refCount <= 0
		entry.mu.Unlock()
		if remove {
			c.entries.Delete(fileName) // Noncompliant
		}
	}
}

func (c *ParseCache) loadOrStoreNewLockedEntry(key string) (*parseCacheEntry, bool) {
	entry := &parseCacheEntry{refCount: 1}
	entry.mu.Lock()
	v, loaded := c.entries.LoadOrStore(key, entry)
	if loaded {
		existing := v.(*parseCacheEntry)
		existing.mu.Lock()
		existing.refCount++
		return existing, true
	}
	return entry, false
}
