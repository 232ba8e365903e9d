// https://github.com/bsv-blockchain/go-wallet-toolbox/pull/923
// FindOrInsertUser did FindUser and, on a miss, CreateUser with a bare GORM
// Create. On a fresh database several storage goroutines started at boot all
// missed the lookup and inserted the same identity_key; the losers failed with
// "duplicated key not allowed" and the service crashlooped. Fix: insert with
// clause.OnConflict{DoNothing: true} and re-read the row when nothing was inserted.
package storage

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	UserID      int    `gorm:"primaryKey"`
	IdentityKey string `gorm:"uniqueIndex"`
	ActiveStore string
}

type Repo struct {
	db *gorm.DB
}

func (r *Repo) FindUser(ctx context.Context, identityKey string) (*User, error) {
	var u User
	err := r.db.WithContext(ctx).Where("identity_key = ?", identityKey).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

func (r *Repo) CreateUser(ctx context.Context, identityKey, storageKey string) (*User, error) {
	u := User{IdentityKey: identityKey, ActiveStore: storageKey}
	if err := r.db.WithContext(ctx).Create(&u).Error; err != nil {
		return nil, err
	}
	return &u, nil
}

type Provider struct {
	repo       *Repo
	storageKey string
}

// FindOrInsertUser is called by every storage-touching goroutine for the
// caller's identity key.
func (p *Provider) FindOrInsertUser(ctx context.Context, identityKey string) (*User, bool, error) {
	user, err := p.repo.FindUser(ctx, identityKey)
	if err != nil {
		return nil, false, err
	}
	if user != nil {
		return user, false, nil
	}

	user, err = p.repo.CreateUser(ctx, identityKey, p.storageKey) // Noncompliant
	if err != nil {
		return nil, false, err
	}
	return user, true, nil
}
