// https://github.com/jkroepke/openvpn-auth-oauth2/pull/1009
// Fixed version: expiry cleanup re-checks the entry under the write lock and keeps a
// token that was refreshed after the lookup observed the expired one.
package tokenstorage

import (
	"errors"
	"sync"
	"time"
)

var ErrTokenMissing = errors.New("value does not exist")

type storedToken struct {
	Data    []byte
	Expires time.Time
}

type GuardedInMemory struct {
	data    map[string]storedToken
	mu      sync.RWMutex
	expires time.Duration
}

func NewGuardedInMemory(expires time.Duration) *GuardedInMemory {
	return &GuardedInMemory{data: map[string]storedToken{}, expires: expires}
}

func (s *GuardedInMemory) Set(client, token string) error {
	s.mu.Lock()
	s.data[client] = storedToken{Data: []byte(token), Expires: time.Now().Add(s.expires)}
	s.mu.Unlock()

	return nil
}

func (s *GuardedInMemory) Get(client string) (string, error) {
	s.mu.RLock()
	data, ok := s.data[client]
	s.mu.RUnlock()

	if !ok {
		return "", ErrTokenMissing
	}

	lookupTime := time.Now()
	if data.Expires.Before(lookupTime) {
		s.deleteExpired(client, lookupTime)

		return "", ErrTokenMissing
	}

	token := make([]byte, len(data.Data))
	copy(token, data.Data)

	return string(token), nil
}

// deleteExpired removes the entry only if the entry present now was already expired
// when the caller looked it up.
func (s *GuardedInMemory) deleteExpired(client string, lookupTime time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()

	current, ok := s.data[client]
	if ok && current.Expires.Before(lookupTime) {
		delete(s.data, client)
	}
}

func (s *GuardedInMemory) Delete(client string) error {
	s.mu.Lock()
	delete(s.data, client)
	s.mu.Unlock()

	return nil
}
