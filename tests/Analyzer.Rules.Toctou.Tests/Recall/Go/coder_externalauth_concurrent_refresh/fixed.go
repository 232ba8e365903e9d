// https://github.com/coder/coder/issues/17069 (fix: https://github.com/coder/coder/pull/22904)
// Fixed version: one refresh per provider and user runs at a time (singleflight) and re-reads the link
// first; the failure write clears the refresh token only if it is still the one that was used.
package externalauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

var errRefreshTokenRejected = errors.New("oauth2: bad_refresh_token")

type authTokenError string

func (e authTokenError) Error() string { return string(e) }

type ProviderToken struct {
	AccessToken  string
	RefreshToken string
	Expiry       time.Time
}

type RefreshExchanger interface {
	Refresh(ctx context.Context, refreshToken string) (*ProviderToken, error)
}

type AuthLink struct {
	ProviderID    string
	UserID        string
	AccessToken   string
	RefreshToken  string
	Expiry        time.Time
	FailureReason string
}

type AuthDB struct {
	mu    sync.Mutex
	links map[string]AuthLink
}

func (s *AuthDB) GetLink(ctx context.Context, providerID, userID string) (AuthLink, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.links[providerID+":"+userID]
	if !ok {
		return AuthLink{}, errors.New("not found")
	}
	return l, nil
}

func (s *AuthDB) SaveLink(ctx context.Context, l AuthLink) (AuthLink, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.links[l.ProviderID+":"+l.UserID] = l
	return l, nil
}

// ClearRefreshTokenIfUnchanged is "UPDATE ... WHERE oauth_refresh_token = @old": a no-op when a
// concurrent caller has already stored a new refresh token.
func (s *AuthDB) ClearRefreshTokenIfUnchanged(ctx context.Context, providerID, userID, oldRefresh, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := providerID + ":" + userID
	l := s.links[k]
	if l.RefreshToken != oldRefresh {
		return nil
	}
	l.RefreshToken = ""
	l.FailureReason = reason
	s.links[k] = l
	return nil
}

type ProviderConfig struct {
	ID           string
	exchanger    RefreshExchanger
	refreshGroup singleflight.Group
}

func (c *ProviderConfig) Refresh(ctx context.Context, db *AuthDB, link AuthLink) (AuthLink, error) {
	v, err, _ := c.refreshGroup.Do(c.ID+":"+link.UserID, func() (interface{}, error) {
		return c.refreshOnce(ctx, db, link.UserID)
	})
	if err != nil {
		return link, err
	}
	return v.(AuthLink), nil
}

func (c *ProviderConfig) refreshOnce(ctx context.Context, db *AuthDB, userID string) (AuthLink, error) {
	current, err := db.GetLink(ctx, c.ID, userID)
	if err != nil {
		return current, err
	}
	if current.Expiry.IsZero() || current.Expiry.After(time.Now()) {
		return current, nil
	}
	token, err := c.exchanger.Refresh(ctx, current.RefreshToken)
	if err != nil {
		if errors.Is(err, errRefreshTokenRejected) {
			if dbErr := db.ClearRefreshTokenIfUnchanged(ctx, c.ID, userID, current.RefreshToken, err.Error()); dbErr != nil {
				return current, dbErr
			}
		}
		return current, authTokenError("refresh token: " + err.Error())
	}
	current.AccessToken = token.AccessToken
	current.RefreshToken = token.RefreshToken
	current.Expiry = token.Expiry
	return db.SaveLink(ctx, current)
}

type AuthAPI struct {
	db  *AuthDB
	cfg *ProviderConfig
}

func (api *AuthAPI) agentExternalAuth(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	link, err := api.db.GetLink(ctx, api.cfg.ID, r.URL.Query().Get("user"))
	if err != nil {
		http.Error(rw, err.Error(), http.StatusNotFound)
		return
	}
	link, err = api.cfg.Refresh(ctx, api.db, link)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusUnauthorized)
		return
	}
	_ = json.NewEncoder(rw).Encode(map[string]string{"access_token": link.AccessToken})
}
