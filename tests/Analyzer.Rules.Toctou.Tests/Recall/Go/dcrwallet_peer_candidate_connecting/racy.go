// https://github.com/decred/dcrwallet/pull/1922
// Issue #1798 (duplicate SPV peer connections at startup): peerCandidate() checks under
// remotesMu that an address is neither connecting nor connected, unlocks, and returns it; the
// address is only marked in connectingRemotes later, by the goroutine connectToCandidates spawns.
// The loop picks the next candidate before that, so the same peer is dialed twice. The fix marks
// the candidate in connectingRemotes inside peerCandidate, under the same lock as the check.
package spv

import (
	"context"
	"errors"
	"sync"
	"time"
)

type RemotePeer struct{ addr string }

type LocalPeer interface {
	ConnectOutbound(ctx context.Context, addr string) (*RemotePeer, error)
}

type AddrManager interface {
	GetAddress() string
}

type Syncer struct {
	lp    LocalPeer
	addrs AddrManager

	connectingRemotes map[string]struct{}
	remotes           map[string]*RemotePeer
	remotesMu         sync.Mutex
}

func (s *Syncer) peerCandidate() (string, error) {
	for tries := 0; tries < 100; tries++ {
		k := s.addrs.GetAddress()
		if k == "" {
			break
		}
		s.remotesMu.Lock()
		_, isConnecting := s.connectingRemotes[k]
		_, isRemote := s.remotes[k]
		s.remotesMu.Unlock()
		if isConnecting || isRemote {
			continue
		}
		return k, nil
	}
	return "", errors.New("no addresses")
}

func (s *Syncer) connectToCandidates(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()

	sem := make(chan struct{}, 8)
	for {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		k, err := s.peerCandidate()
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

			s.remotesMu.Lock()
			s.connectingRemotes[k] = struct{}{} // Noncompliant
			s.remotesMu.Unlock()

			rp, err := s.lp.ConnectOutbound(ctx, k)
			s.remotesMu.Lock()
			delete(s.connectingRemotes, k)
			if err == nil {
				s.remotes[k] = rp
			}
			s.remotesMu.Unlock()
		}()
	}
}
