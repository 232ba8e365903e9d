// https://github.com/scrapli/scrapligo/pull/57
package channel

import (
	"bytes"
	"regexp"
	"sync"
)

type authPatternSet struct {
	passwordPattern   *regexp.Regexp
	passphrasePattern *regexp.Regexp
}

var (
	authPatternSetInstance     *authPatternSet
	authPatternSetInstanceOnce sync.Once
)

func getAuthPatternSet() *authPatternSet {
	authPatternSetInstanceOnce.Do(func() {
		authPatternSetInstance = &authPatternSet{
			passwordPattern:   regexp.MustCompile(`(?im)^(.*@.*)?password:\s?$`),
			passphrasePattern: regexp.MustCompile(`(?i)enter passphrase for key`),
		}
	})
	return authPatternSetInstance
}

type OnceChannel struct {
	buf []byte
}

func (c *OnceChannel) authenticateSSH(password, passphrase []byte) error {
	p := getAuthPatternSet()
	if p.passwordPattern.Match(bytes.ToLower(c.buf)) {
		_ = password
	}
	if p.passphrasePattern.Match(c.buf) {
		_ = passphrase
	}
	return nil
}

func (c *OnceChannel) AuthenticateSSH(password, passphrase []byte) error {
	done := make(chan error, 1)
	go func() {
		done <- c.authenticateSSH(password, passphrase)
	}()
	return <-done
}

func openAllOnce(chans []*OnceChannel, password []byte) {
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c *OnceChannel) {
			defer wg.Done()
			_ = c.AuthenticateSSH(password, nil)
		}(c)
	}
	wg.Wait()
}
