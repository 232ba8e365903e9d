// https://github.com/NordSecurity/nordvpn-linux/pull/1417 (cherry-pick https://github.com/NordSecurity/nordvpn-linux/pull/1445: "User is logged out during a race condition for access token renewal")
// AccessTokenSessionStore.Renew checked whether the stored access token was still valid and,
// when it was not, loaded the token data, called the renewal API and saved the new tokens.
// Nothing serialised Renew, so daemon goroutines that found the token expired at the same time
// all went on to renew with the same stored data; the renewals raced and a failing one ran the
// registered error handlers, which log the user out. The fix guards renewal with a mutex and
// validates the token again once the mutex is held, returning early if another goroutine has
// already renewed it.
package session

import (
	"errors"
	"sync"
	"time"
)

var (
	errNoTokenData  = errors.New("no token data during access token session renewal")
	errTokenExpired = errors.New("access token expired")
)

type TokenData struct {
	Token      string
	RenewToken string
	ExpiresAt  time.Time
}

type Config struct {
	UserID int64
	Tokens map[int64]TokenData
}

// ConfigManager persists the daemon configuration; each call locks on its own.
type ConfigManager struct {
	mu  sync.Mutex
	cfg Config
}

func (m *ConfigManager) Load() Config {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := Config{UserID: m.cfg.UserID, Tokens: map[int64]TokenData{}}
	for k, v := range m.cfg.Tokens {
		out.Tokens[k] = v
	}
	return out
}

func (m *ConfigManager) SaveWith(fn func(Config) Config) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cfg = fn(m.cfg)
}

type RenewalAPICall func(renewToken string) (TokenData, error)

type AccessTokenSessionStore struct {
	cfgManager   *ConfigManager
	renewAPICall RenewalAPICall
	errHandlers  []func(error) // e.g. logout
}

func (s *AccessTokenSessionStore) validate() error {
	cfg := s.cfgManager.Load()
	data, ok := cfg.Tokens[cfg.UserID]
	if !ok {
		return errNoTokenData
	}
	if time.Now().After(data.ExpiresAt) {
		return errTokenExpired
	}
	return nil
}

// Renew is called by RPC handlers and background jobs of the daemon, concurrently.
func (s *AccessTokenSessionStore) Renew() error {
	if err := s.validate(); err == nil {
		return nil
	}

	cfg := s.cfgManager.Load()
	uid := cfg.UserID
	data, ok := cfg.Tokens[uid]
	if !ok {
		return errNoTokenData
	}
	return s.renewToken(uid, data) // Noncompliant
}

func (s *AccessTokenSessionStore) renewToken(uid int64, data TokenData) error {
	resp, err := s.renewAPICall(data.RenewToken)
	if err != nil {
		for _, h := range s.errHandlers {
			h(err)
		}
		return err
	}
	s.cfgManager.SaveWith(func(c Config) Config {
		c.Tokens[uid] = resp
		return c
	})
	return nil
}
