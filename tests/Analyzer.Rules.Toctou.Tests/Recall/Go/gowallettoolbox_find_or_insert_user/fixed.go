// https://github.com/bsv-blockchain/go-wallet-toolbox/pull/923
// Fixed as in the PR: the insert uses ON CONFLICT DO NOTHING; a zero UserID
// means another caller inserted the row first, so it is read back.
package storage

import (
	"context"

	"gorm.io/gorm/clause"
)

func (r *Repo) CreateUserIfAbsent(ctx context.Context, identityKey, storageKey string) (*User, error) {
	u := User{IdentityKey: identityKey, ActiveStore: storageKey}
	err := r.db.WithContext(ctx).
		Clauses(clause.OnConflict{DoNothing: true}).
		Create(&u).Error
	if err != nil {
		return nil, err
	}
	return &u, nil
}

func (p *Provider) FindOrInsertUserSafe(ctx context.Context, identityKey string) (*User, bool, error) {
	user, err := p.repo.FindUser(ctx, identityKey)
	if err != nil {
		return nil, false, err
	}
	if user != nil {
		return user, false, nil
	}

	user, err = p.repo.CreateUserIfAbsent(ctx, identityKey, p.storageKey)
	if err != nil {
		return nil, false, err
	}
	if user.UserID == 0 {
		existing, err := p.repo.FindUser(ctx, identityKey)
		if err != nil {
			return nil, false, err
		}
		return existing, false, nil
	}
	return user, true, nil
}
