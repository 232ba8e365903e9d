// https://github.com/NordSecurity/nordvpn-linux/pull/1417 (cherry-pick https://github.com/NordSecurity/nordvpn-linux/pull/1445)
// Fixed version: renewal runs under a mutex and the token is validated again after the mutex is
// acquired, so only one goroutine renews an expired token.
package session

import (
	"errors"
	"sync"
	"time"
)

var (
	errMissingTokens = errors.New("no token data during access token session renewal")
	errExpiredToken  = errors.New("access token expired")
)

type StoredTokens struct {
	Token      string
	RenewToken string
	ExpiresAt  time.Time
}

type DaemonConfig struct {
	UserID int64
	Tokens map[int64]StoredTokens
}

type DaemonConfigManager struct {
	mu  sync.Mutex
	cfg DaemonConfig
}

func (m *DaemonConfigManager) Load() DaemonConfig {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := DaemonConfig{UserID: m.cfg.UserID, Tokens: map[int64]StoredTokens{}}
	for k, v := range m.cfg.Tokens {
		out.Tokens[k] = v
	}
	return out
}

func (m *DaemonConfigManager) SaveWith(fn func(DaemonConfig) DaemonConfig) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cfg = fn(m.cfg)
}

type TokenRenewer func(renewToken string) (StoredTokens, error)

type TokenSessionStore struct {
	cfgManager  *DaemonConfigManager
	renew       TokenRenewer
	errHandlers []func(error)
	renewMu     sync.Mutex
}

func (s *TokenSessionStore) validate() error {
	cfg := s.cfgManager.Load()
	data, ok := cfg.Tokens[cfg.UserID]
	if !ok {
		return errMissingTokens
	}
	if time.Now().After(data.ExpiresAt) {
		return errExpiredToken
	}
	return nil
}

func (s *TokenSessionStore) Renew() error {
	if err := s.validate(); err == nil {
		return nil
	}

	s.renewMu.Lock()
	defer s.renewMu.Unlock()

	// Another goroutine may have renewed while we waited for the mutex.
	if err := s.validate(); err == nil {
		return nil
	}

	cfg := s.cfgManager.Load()
	uid := cfg.UserID
	data, ok := cfg.Tokens[uid]
	if !ok {
		return errMissingTokens
	}
	return s.doRenew(uid, data)
}

func (s *TokenSessionStore) doRenew(uid int64, data StoredTokens) error {
	resp, err := s.renew(data.RenewToken)
	if err != nil {
		for _, h := range s.errHandlers {
			h(err)
		}
		return err
	}
	s.cfgManager.SaveWith(func(c DaemonConfig) DaemonConfig {
		c.Tokens[uid] = resp
		return c
	})
	return nil
}
