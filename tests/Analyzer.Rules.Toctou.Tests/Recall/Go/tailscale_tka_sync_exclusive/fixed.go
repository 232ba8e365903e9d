// https://github.com/tailscale/tailscale/pull/5857
// Fixed: tkaSyncLock is taken first (before mu) and held throughout, so only one map response at
// a time can go through the enabled/disabled check, the bootstrap RPC and the state change.
package ipnlocal

import (
	"fmt"
	"sync"
)

type syncedBackend struct {
	tkaSyncLock sync.Mutex // MUST be taken before mu
	mu          sync.Mutex
	tka         *tkaState

	fetchBootstrap func(head AUMHash) (*bootstrapResponse, error)
}

func (b *syncedBackend) onNetworkMap(nm *NetworkMap) {
	go func() {
		if err := b.tkaSyncExclusive(nm); err != nil {
			fmt.Println("tka sync:", err)
		}
	}()
}

func (b *syncedBackend) tkaSyncExclusive(nm *NetworkMap) error {
	b.tkaSyncLock.Lock() // exclusive section
	defer b.tkaSyncLock.Unlock()
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
			b.tka = &tkaState{head: nm.TKAHead}
			_ = bs.GenesisAUM
		} else if !wantEnabled && isEnabled {
			b.tka = nil
			_ = bs.DisablementSecret
		}
	}
	return nil
}
