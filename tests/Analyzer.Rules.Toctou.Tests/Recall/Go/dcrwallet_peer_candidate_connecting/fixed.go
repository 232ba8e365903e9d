// https://github.com/decred/dcrwallet/pull/1922
// Fixed version: the candidate is marked in connectingRemotes while remotesMu is still held
// from the "already connecting / connected" check, so no other pick can return the same
// address; the connecting goroutine only clears the mark when the dial finishes.
package spv

import (
	"context"
	"errors"
	"sync"
	"time"
)

type outboundPeer struct{ addr string }

type peerDialer interface {
	Dial(ctx context.Context, addr string) (*outboundPeer, error)
}

type addrSource interface {
	NextAddress() string
}

type walletSyncer struct {
	dialer peerDialer
	source addrSource

	dialing map[string]struct{}
	peers   map[string]*outboundPeer
	peersMu sync.Mutex
}

func (w *walletSyncer) pickCandidate() (string, error) {
	for tries := 0; tries < 100; tries++ {
		k := w.source.NextAddress()
		if k == "" {
			break
		}
		w.peersMu.Lock()
		_, isDialing := w.dialing[k]
		_, isPeer := w.peers[k]
		if isDialing || isPeer {
			w.peersMu.Unlock()
			continue
		}
		w.dialing[k] = struct{}{}
		w.peersMu.Unlock()
		return k, nil
	}
	return "", errors.New("no addresses")
}

func (w *walletSyncer) dialCandidates(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()

	sem := make(chan struct{}, 8)
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		k, err := w.pickCandidate()
		if err != nil {
			time.Sleep(5 * time.Second)
			<-sem
			continue
		}

		wg.Add(1)
		go func() {
			defer func() {
				wg.Done()
				<-sem
			}()

			rp, err := w.dialer.Dial(ctx, k)
			w.peersMu.Lock()
			delete(w.dialing, k)
			if err == nil {
				w.peers[k] = rp
			}
			w.peersMu.Unlock()
		}()
	}
}
