// https://github.com/hashicorp/memberlist/pull/342
// Fixed version: AddKey holds the keyring mutex from the duplicate check to the install,
// and the helpers it calls assume the lock is already held, so no other AddKey, RemoveKey
// or UseKey can replace the key slice in between.
package memberlist

import (
	"bytes"
	"fmt"
	"sync"
)

type lockedKeyring struct {
	keys [][]byte
	mu   sync.Mutex
}

func checkKeyLen(key []byte) error {
	if l := len(key); l != 16 && l != 24 && l != 32 {
		return fmt.Errorf("key size must be 16, 24 or 32 bytes")
	}
	return nil
}

// primaryLocked expects kr.mu to be held.
func (kr *lockedKeyring) primaryLocked() []byte {
	if len(kr.keys) > 0 {
		return kr.keys[0]
	}
	return nil
}

// installLocked expects kr.mu to be held.
func (kr *lockedKeyring) installLocked(keys [][]byte, primary []byte) {
	newKeys := [][]byte{primary}
	for _, key := range keys {
		if !bytes.Equal(key, primary) {
			newKeys = append(newKeys, key)
		}
	}
	kr.keys = newKeys
}

func (kr *lockedKeyring) Primary() []byte {
	kr.mu.Lock()
	defer kr.mu.Unlock()
	return kr.primaryLocked()
}

func (kr *lockedKeyring) Add(key []byte) error {
	if err := checkKeyLen(key); err != nil {
		return err
	}
	kr.mu.Lock()
	defer kr.mu.Unlock()
	for _, installed := range kr.keys {
		if bytes.Equal(installed, key) {
			return nil
		}
	}
	keys := append(append([][]byte{}, kr.keys...), key)
	primary := kr.primaryLocked()
	if primary == nil {
		primary = key
	}
	kr.installLocked(keys, primary)
	return nil
}
