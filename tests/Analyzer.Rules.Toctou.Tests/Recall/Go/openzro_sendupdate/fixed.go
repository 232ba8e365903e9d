// https://github.com/openzro/openzro/issues/144 (fixed by https://github.com/openzro/openzro/pull/148)
// Fixed shape: the lookup and the non-blocking send both run while the read lock is held, so the
// close (under the write lock) happens strictly before or after the send; logging stays outside.
package server

import (
	"log"
	"sync"
)

type PeerUpdate struct {
	Serial uint64
}

type LockedUpdateManager struct {
	peerChannels map[string]chan *PeerUpdate
	channelsMux  *sync.RWMutex
}

func NewLockedUpdateManager() *LockedUpdateManager {
	return &LockedUpdateManager{
		peerChannels: make(map[string]chan *PeerUpdate),
		channelsMux:  &sync.RWMutex{},
	}
}

func (p *LockedUpdateManager) SendUpdate(peerID string, update *PeerUpdate) {
	var found, sent bool
	var queued int

	p.channelsMux.RLock()
	channel, found := p.peerChannels[peerID]
	if found {
		select {
		case channel <- update:
			sent = true
		default:
			queued = len(channel)
		}
	}
	p.channelsMux.RUnlock()

	switch {
	case !found:
		log.Printf("peer %s has no channel", peerID)
	case sent:
		log.Printf("update was sent to channel for peer %s", peerID)
	default:
		log.Printf("channel for peer %s is %d full", peerID, queued)
	}
}

func (p *LockedUpdateManager) CreateChannel(peerID string) chan *PeerUpdate {
	p.channelsMux.Lock()
	defer p.channelsMux.Unlock()

	if channel, found := p.peerChannels[peerID]; found {
		delete(p.peerChannels, peerID)
		close(channel)
	}
	channel := make(chan *PeerUpdate, 100)
	p.peerChannels[peerID] = channel
	return channel
}

func (p *LockedUpdateManager) closePeerChannel(peerID string) {
	if channel, found := p.peerChannels[peerID]; found {
		delete(p.peerChannels, peerID)
		close(channel)
	}
}

func (p *LockedUpdateManager) CloseChannel(peerID string) {
	p.channelsMux.Lock()
	defer p.channelsMux.Unlock()
	p.closePeerChannel(peerID)
}
