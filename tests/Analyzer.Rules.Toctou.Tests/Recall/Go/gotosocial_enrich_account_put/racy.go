// https://github.com/superseriousbusiness/gotosocial/issues/1548
// An unknown remote account is looked up by URI and, if missing, fetched from its instance
// and inserted with PutAccount. Parallel inbox deliveries for the same new account all did
// this, so all but one failed with "already exists" and their activities were dropped.
// Fix (PR #1581): on ErrAlreadyExists for a new account, read the stored row again.
package dereferencing

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var (
	ErrNoEntries     = errors.New("sql: no rows in result set")
	ErrAlreadyExists = errors.New("already exists")
)

type Account struct {
	URI      string
	Username string
}

type accountDB struct {
	mu    sync.Mutex
	byURI map[string]*Account
}

func (db *accountDB) GetAccountByURI(ctx context.Context, uri string) (*Account, error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if a, ok := db.byURI[uri]; ok {
		return a, nil
	}
	return nil, ErrNoEntries
}

func (db *accountDB) PutAccount(ctx context.Context, a *Account) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if _, ok := db.byURI[a.URI]; ok {
		return ErrAlreadyExists
	}
	db.byURI[a.URI] = a
	return nil
}

type deref struct {
	db    *accountDB
	fetch func(ctx context.Context, uri string) (*Account, error)
}

func (d *deref) GetAccountByURI(ctx context.Context, uri string) (*Account, error) {
	account, err := d.db.GetAccountByURI(ctx, uri)
	if err == nil {
		return account, nil
	}
	if !errors.Is(err, ErrNoEntries) {
		return nil, err
	}
	latest, err := d.fetch(ctx, uri)
	if err != nil {
		return nil, err
	}
	if err := d.db.PutAccount(ctx, latest); err != nil { // Noncompliant
		return nil, fmt.Errorf("enrichAccount: error putting in database: %w", err)
	}
	return latest, nil
}

// processInbox handles POSTed activities on a pool of federation workers.
func (d *deref) processInbox(ctx context.Context, actorURIs []string) {
	var wg sync.WaitGroup
	for _, uri := range actorURIs {
		wg.Add(1)
		go func(uri string) {
			defer wg.Done()
			_, _ = d.GetAccountByURI(ctx, uri)
		}(uri)
	}
	wg.Wait()
}
