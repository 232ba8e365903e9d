// https://github.com/hashicorp/memberlist/pull/342
// Keyring.AddKey is called by key-rotation requests (Serf/Consul "keyring -install")
// while gossip goroutines read the keyring. It checked for a duplicate and appended to
// k.keys without the lock, then fetched the primary key and installed the new slice
// through two separately locked methods. Two AddKey calls each built their slice from the
// old keys, and the later installKeys silently dropped the other call's key (issue #341).
// Fix: hold k.l across the whole operation, using private helpers that expect the lock.
package memberlist

import (
	"bytes"
	"fmt"
	"sync"
)

type Keyring struct {
	// keys[0] is the primary key, used for encryption.
	keys [][]byte
	l    sync.Mutex
}

func ValidateKey(key []byte) error {
	if l := len(key); l != 16 && l != 24 && l != 32 {
		return fmt.Errorf("key size must be 16, 24 or 32 bytes")
	}
	return nil
}

func (k *Keyring) GetPrimaryKey() []byte {
	k.l.Lock()
	defer k.l.Unlock()
	if len(k.keys) > 0 {
		return k.keys[0]
	}
	return nil
}

func (k *Keyring) GetKeys() [][]byte {
	k.l.Lock()
	defer k.l.Unlock()
	return k.keys
}

func (k *Keyring) installKeys(keys [][]byte, primaryKey []byte) {
	k.l.Lock()
	defer k.l.Unlock()
	newKeys := [][]byte{primaryKey}
	for _, key := range keys {
		if !bytes.Equal(key, primaryKey) {
			newKeys = append(newKeys, key)
		}
	}
	k.keys = newKeys
}

func (k *Keyring) AddKey(key []byte) error {
	if err := ValidateKey(key); err != nil {
		return err
	}
	// No-op if key is already installed.
	for _, installedKey := range k.keys {
		if bytes.Equal(installedKey, key) {
			return nil
		}
	}
	keys := append(k.keys, key)
	primaryKey := k.GetPrimaryKey()
	if primaryKey == nil {
		primaryKey = key
	}
	k.installKeys(keys, primaryKey) // Noncompliant
	return nil
}
