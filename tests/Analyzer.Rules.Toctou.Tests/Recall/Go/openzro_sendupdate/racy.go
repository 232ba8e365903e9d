// https://github.com/openzro/openzro/issues/144 (fixed by https://github.com/openzro/openzro/pull/148)
// SendUpdate looked the peer's channel up under the read lock, dropped the lock, and then sent on
// the channel; CloseChannel, holding the write lock, could delete and close that channel in the gap,
// so the send panicked with "send on closed channel". The fix keeps the read lock held across the
// lookup and the (non-blocking) send.
package server

import (
	"log"
	"sync"
)

type UpdateMessage struct {
	Serial uint64
}

type PeersUpdateManager struct {
	// peerChannels is an update channel indexed by Peer.ID
	peerChannels map[string]chan *UpdateMessage
	// channelsMux keeps the mutex to access peerChannels
	channelsMux *sync.RWMutex
}

func NewPeersUpdateManager() *PeersUpdateManager {
	return &PeersUpdateManager{
		peerChannels: make(map[string]chan *UpdateMessage),
		channelsMux:  &sync.RWMutex{},
	}
}

// SendUpdate sends update message to the peer's channel
func (p *PeersUpdateManager) SendUpdate(peerID string, update *UpdateMessage) {
	p.channelsMux.RLock()
	channel, found := p.peerChannels[peerID]
	p.channelsMux.RUnlock()

	if !found {
		log.Printf("peer %s has no channel", peerID)
		return
	}

	select {
	case channel <- update: // Noncompliant
		log.Printf("update was sent to channel for peer %s", peerID)
	default:
		log.Printf("channel for peer %s is %d full", peerID, len(channel))
	}
}

// CreateChannel creates a go channel for a given peer used to deliver updates relevant to the peer.
func (p *PeersUpdateManager) CreateChannel(peerID string) chan *UpdateMessage {
	p.channelsMux.Lock()
	defer p.channelsMux.Unlock()

	if channel, found := p.peerChannels[peerID]; found {
		delete(p.peerChannels, peerID)
		close(channel)
	}
	channel := make(chan *UpdateMessage, 100)
	p.peerChannels[peerID] = channel
	return channel
}

func (p *PeersUpdateManager) closeChannel(peerID string) {
	if channel, found := p.peerChannels[peerID]; found {
		delete(p.peerChannels, peerID)
		close(channel)
	}
}

// CloseChannel closes updates channel of a given peer
func (p *PeersUpdateManager) CloseChannel(peerID string) {
	p.channelsMux.Lock()
	defer p.channelsMux.Unlock()
	p.closeChannel(peerID)
}
