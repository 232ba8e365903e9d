// https://github.com/tailscale/tailscale/pull/5857
// tkaSyncIfNeeded checked isEnabled != wantEnabled under b.mu, released b.mu for the bootstrap RPC
// and re-took it to install TKA state; two quick netmaps both passed the check and raced through.
// Fix: a dedicated tkaSyncLock (taken before b.mu) held for the whole function.
package ipnlocal

import (
	"fmt"
	"sync"
)

type AUMHash [32]byte

type tkaState struct {
	head AUMHash
}

type NetworkMap struct {
	TKAEnabled bool
	TKAHead    AUMHash
}

type bootstrapResponse struct {
	GenesisAUM        []byte
	DisablementSecret []byte
}

type LocalBackend struct {
	mu  sync.Mutex
	tka *tkaState

	fetchBootstrap func(head AUMHash) (*bootstrapResponse, error) // network RPC to control
}

// setNetworkMap is invoked by the control client goroutine for every map response.
func (b *LocalBackend) setNetworkMap(nm *NetworkMap) {
	go func() {
		if err := b.tkaSyncIfNeeded(nm); err != nil {
			fmt.Println("tka sync:", err)
		}
	}()
}

func (b *LocalBackend) tkaSyncIfNeeded(nm *NetworkMap) error {
	b.mu.Lock()
	defer b.mu.Unlock()

	isEnabled := b.tka != nil
	wantEnabled := nm.TKAEnabled
	if isEnabled != wantEnabled {
		var ourHead AUMHash
		if b.tka != nil {
			ourHead = b.tka.head
		}

		b.mu.Unlock()
		bs, err := b.fetchBootstrap(ourHead)
		b.mu.Lock()
		if err != nil {
			return fmt.Errorf("fetching bootstrap: %w", err)
		}

		if wantEnabled && !isEnabled {
			b.tka = &tkaState{head: nm.TKAHead} // Noncompliant
			_ = bs.GenesisAUM
		} else if !wantEnabled && isEnabled {
			b.tka = nil
			_ = bs.DisablementSecret
		}
	}
	return nil
}
