// https://github.com/superseriousbusiness/gotosocial/issues/1548
// Fixed version (PR #1581): when inserting a newly dereferenced account fails with
// ErrAlreadyExists, another worker stored it first; the dereferencer then returns the
// account from the database instead of failing the activity.
package dereferencing

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var (
	errNotFound = errors.New("sql: no rows in result set")
	errExists   = errors.New("already exists")
)

type remoteAccount struct {
	URI      string
	Username string
}

type accountStore struct {
	mu    sync.Mutex
	byURI map[string]*remoteAccount
}

func (s *accountStore) getByURI(ctx context.Context, uri string) (*remoteAccount, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.byURI[uri]; ok {
		return a, nil
	}
	return nil, errNotFound
}

func (s *accountStore) put(ctx context.Context, a *remoteAccount) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.byURI[a.URI]; ok {
		return errExists
	}
	s.byURI[a.URI] = a
	return nil
}

type dereferencer struct {
	store *accountStore
	fetch func(ctx context.Context, uri string) (*remoteAccount, error)
}

func (d *dereferencer) accountByURI(ctx context.Context, uri string) (*remoteAccount, error) {
	account, err := d.store.getByURI(ctx, uri)
	if err == nil {
		return account, nil
	}
	if !errors.Is(err, errNotFound) {
		return nil, err
	}
	latest, err := d.fetch(ctx, uri)
	if err != nil {
		return nil, err
	}
	if err := d.store.put(ctx, latest); err != nil {
		if !errors.Is(err, errExists) {
			return nil, fmt.Errorf("enrichAccount: error putting in database: %w", err)
		}
		stored, err := d.store.getByURI(ctx, uri)
		if err != nil {
			return nil, fmt.Errorf("enrichAccount: error getting account from database: %w", err)
		}
		return stored, nil
	}
	return latest, nil
}

func (d *dereferencer) handleInbox(ctx context.Context, actorURIs []string) {
	var wg sync.WaitGroup
	for _, uri := range actorURIs {
		wg.Add(1)
		go func(uri string) {
			defer wg.Done()
			_, _ = d.accountByURI(ctx, uri)
		}(uri)
	}
	wg.Wait()
}
