// https://github.com/scrapli/scrapligo/pull/57
// getAuthPatterns() lazily builds a package-level singleton of compiled regexps with
// "if authPatternsInstance == nil { authPatternsInstance = ... }". AuthenticateSSH runs the
// authentication in its own goroutine, so opening several devices at once made the goroutines
// race on the global (issue #56, reported by the race detector). Fix: build the singleton
// inside a sync.Once.
package channel

import (
	"bytes"
	"regexp"
	"sync"
)

type authPatterns struct {
	passwordPattern   *regexp.Regexp
	passphrasePattern *regexp.Regexp
}

var authPatternsInstance *authPatterns

func getAuthPatterns() *authPatterns {
	if authPatternsInstance == nil {
		authPatternsInstance = &authPatterns{ // Noncompliant
			passwordPattern:   regexp.MustCompile(`(?im)^(.*@.*)?password:\s?$`),
			passphrasePattern: regexp.MustCompile(`(?i)enter passphrase for key`),
		}
	}
	return authPatternsInstance
}

type Channel struct {
	buf []byte
}

func (c *Channel) authenticateSSH(password, passphrase []byte) error {
	p := getAuthPatterns()
	if p.passwordPattern.Match(bytes.ToLower(c.buf)) {
		_ = password
	}
	if p.passphrasePattern.Match(c.buf) {
		_ = passphrase
	}
	return nil
}

// AuthenticateSSH runs the in-channel authentication in a goroutine and waits for it.
func (c *Channel) AuthenticateSSH(password, passphrase []byte) error {
	done := make(chan error, 1)
	go func() {
		done <- c.authenticateSSH(password, passphrase)
	}()
	return <-done
}

// openAll: a driver pool connecting to many devices at once.
func openAll(chans []*Channel, password []byte) {
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c *Channel) {
			defer wg.Done()
			_ = c.AuthenticateSSH(password, nil)
		}(c)
	}
	wg.Wait()
}
