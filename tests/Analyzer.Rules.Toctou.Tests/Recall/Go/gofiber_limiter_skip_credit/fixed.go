// https://github.com/gofiber/fiber/pull/4422
// Fixed version: the credit is applied only when the stored entry still belongs to the window that
// counted this request and currHits is positive; both checks run under the same mux as the decrement.
package limiter

import (
	"sync"
	"time"
)

type windowEntry struct {
	currHits int
	exp      uint64
}

type windowStore struct {
	mu      sync.Mutex
	entries map[string]*windowEntry
}

func (m *windowStore) load(key string) *windowEntry {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[key]
	if !ok {
		e = &windowEntry{}
		m.entries[key] = e
	}
	return e
}

func (m *windowStore) save(key string, e *windowEntry) {
	m.mu.Lock()
	m.entries[key] = e
	m.mu.Unlock()
}

func NewFixedWindowSafe(max int, expiration uint64, skipSuccessful bool) func(key string, c Ctx) error {
	mux := &sync.RWMutex{}
	store := &windowStore{entries: map[string]*windowEntry{}}

	return func(key string, c Ctx) error {
		mux.Lock()
		e := store.load(key)
		ts := uint64(time.Now().Unix())
		if e.exp == 0 || ts >= e.exp {
			e.currHits = 0
			e.exp = ts + expiration
		}
		e.currHits++
		windowExp := e.exp
		remaining := max - e.currHits
		store.save(key, e)
		mux.Unlock()

		if remaining < 0 {
			return nil
		}

		err := c.Next()

		if skipSuccessful && c.StatusCode() < 400 {
			mux.Lock()
			entry := store.load(key)
			if entry.exp == windowExp && entry.currHits > 0 {
				entry.currHits--
				store.save(key, entry)
			}
			mux.Unlock()
		}
		return err
	}
}
