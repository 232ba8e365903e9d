// https://github.com/jkroepke/openvpn-auth-oauth2/pull/1009
// InMemory.Get read a client's token under the read lock, released it, saw it expired and
// called Delete, which removed the key unconditionally under the write lock; a Set of a
// refreshed token in between was deleted by the stale lookup. Fix: re-read under the write
// lock and delete only if the current entry was already expired at the lookup time.
package tokenstorage

import (
	"errors"
	"sync"
	"time"
)

var ErrNotExists = errors.New("value does not exist")

type item struct {
	Data    []byte
	Expires time.Time
}

type InMemory struct {
	data    map[string]item
	mu      sync.RWMutex
	expires time.Duration
}

func NewInMemory(expires time.Duration) *InMemory {
	return &InMemory{data: map[string]item{}, expires: expires}
}

// Set is called when a client finishes an OAuth2 refresh.
func (s *InMemory) Set(client, token string) error {
	s.mu.Lock()
	s.data[client] = item{Data: []byte(token), Expires: time.Now().Add(s.expires)}
	s.mu.Unlock()

	return nil
}

// Get is called from the management-interface handler of each connecting client.
func (s *InMemory) Get(client string) (string, error) {
	s.mu.RLock()
	data, ok := s.data[client]
	s.mu.RUnlock()

	if !ok {
		return "", ErrNotExists
	}

	if data.Expires.Before(time.Now()) {
		if delErr := s.Delete(client); delErr != nil { // Noncompliant
			return "", delErr
		}

		return "", ErrNotExists
	}

	token := make([]byte, len(data.Data))
	copy(token, data.Data)

	return string(token), nil
}

func (s *InMemory) Delete(client string) error {
	s.mu.Lock()
	delete(s.data, client)
	s.mu.Unlock()

	return nil
}
