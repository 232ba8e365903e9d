// https://github.com/coder/coder/issues/17069 (fix: https://github.com/coder/coder/pull/22904)
// RefreshToken took the external auth link the caller had read from the database, saw that
// the access token had expired, and exchanged the stored refresh token with the provider.
// GitHub App refresh tokens can be used once only. Several agents, terminals and IDEs of one user
// poll the external-auth endpoint, so several requests read the same link at the same moment
// and all tried to refresh. The first succeeded and saved new tokens. The others got
// bad_refresh_token and then cleared the refresh token in the database and cached the
// failure, which wiped the winner's valid token and forced the user to log in again. The fix
// runs one refresh per user at a time (singleflight), reads the link again inside it, and
// clears the token only if the row still holds the refresh token that was used (an optimistic lock).
package externalauth

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"
)

var errBadRefreshToken = errors.New("oauth2: bad_refresh_token")

type InvalidTokenError string

func (e InvalidTokenError) Error() string { return string(e) }

type ExternalAuthLink struct {
	ProviderID           string
	UserID               string
	OAuthAccessToken     string
	OAuthRefreshToken    string
	OAuthExpiry          time.Time
	RefreshFailureReason string
}

type Token struct {
	AccessToken  string
	RefreshToken string
	Expiry       time.Time
}

// TokenExchanger calls the provider's token endpoint; a refresh token works once only.
type TokenExchanger interface {
	Refresh(ctx context.Context, refreshToken string) (*Token, error)
}

// Store stands in for the database: every method is one statement.
type Store struct {
	mu    sync.Mutex
	links map[string]ExternalAuthLink
}

func (s *Store) GetExternalAuthLink(ctx context.Context, providerID, userID string) (ExternalAuthLink, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.links[providerID+":"+userID]
	if !ok {
		return ExternalAuthLink{}, errors.New("not found")
	}
	return l, nil
}

func (s *Store) UpdateExternalAuthLink(ctx context.Context, l ExternalAuthLink) (ExternalAuthLink, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.links[l.ProviderID+":"+l.UserID] = l
	return l, nil
}

func (s *Store) UpdateExternalAuthLinkRefreshToken(ctx context.Context, providerID, userID, refreshToken, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.links[providerID+":"+userID]
	l.OAuthRefreshToken = refreshToken
	l.RefreshFailureReason = reason
	s.links[providerID+":"+userID] = l
	return nil
}

type Config struct {
	ID        string
	exchanger TokenExchanger
}

func (c *Config) RefreshToken(ctx context.Context, db *Store, link ExternalAuthLink) (ExternalAuthLink, error) {
	if link.OAuthExpiry.IsZero() || link.OAuthExpiry.After(time.Now()) {
		return link, nil
	}
	token, err := c.exchanger.Refresh(ctx, link.OAuthRefreshToken)
	if err != nil {
		if errors.Is(err, errBadRefreshToken) {
			// Cache the failure and drop the refresh token so it is never tried again.
			if dbErr := db.UpdateExternalAuthLinkRefreshToken(ctx, link.ProviderID, link.UserID, "", err.Error()); dbErr != nil { // Noncompliant
				return link, dbErr
			}
			link.OAuthRefreshToken = ""
		}
		return link, InvalidTokenError("refresh token: " + err.Error())
	}
	link.OAuthAccessToken = token.AccessToken
	link.OAuthRefreshToken = token.RefreshToken
	link.OAuthExpiry = token.Expiry
	return db.UpdateExternalAuthLink(ctx, link)
}

type API struct {
	db  *Store
	cfg *Config
}

// workspaceAgentExternalAuth is polled by every agent, terminal and IDE of the user.
func (api *API) workspaceAgentExternalAuth(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	userID := r.URL.Query().Get("user")
	link, err := api.db.GetExternalAuthLink(ctx, api.cfg.ID, userID)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusNotFound)
		return
	}
	link, err = api.cfg.RefreshToken(ctx, api.db, link)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusUnauthorized)
		return
	}
	_ = json.NewEncoder(rw).Encode(map[string]string{"access_token": link.OAuthAccessToken})
}
