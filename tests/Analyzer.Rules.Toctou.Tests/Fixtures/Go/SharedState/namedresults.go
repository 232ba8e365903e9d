package namedresults

import (
	"crypto/rand"
	"sync"
)

// A named result is a local of its function: newKey's token is not the package's token, so Ensure's call changes
// nothing its test read.
var (
	token   []byte
	tokenMu sync.Mutex
)

func Reset() {
	tokenMu.Lock()
	token = nil
	tokenMu.Unlock()
}

type Vault struct {
	mu  sync.Mutex
	key []byte
}

func (v *Vault) newKey() (token []byte, err error) {
	token = make([]byte, 32)
	_, err = rand.Read(token)
	return token, err
}

func (v *Vault) Ensure() error {
	if len(token) == 0 {
		v.mu.Lock()
		defer v.mu.Unlock()
		key, err := v.newKey()
		if err != nil {
			return err
		}
		v.key = key
	}
	return nil
}

// The package's token set after a test of it, with no lock: a finding.
func Ensure() {
	if len(token) == 0 {
		token = []byte("default") // Noncompliant [TOCTOU001] {{token is checked at line 47 and changed at line 48 by token, with no lock held at either point}}
	}
}
