// https://github.com/OffchainLabs/prysm/pull/15779
package sync

import (
	gosync "sync"
	"time"
)

type subscriptionRegistrations struct {
	gosync.RWMutex
	digests map[[4]byte]struct{}
}

type topicHandlerFixed struct {
	gosync.RWMutex
	digestMap map[[4]byte]int
}

func (h *topicHandlerFixed) digestExists(d [4]byte) bool {
	h.RLock()
	defer h.RUnlock()
	return h.digestMap[d] > 0
}

func (h *topicHandlerFixed) addTopic(d [4]byte) {
	h.Lock()
	defer h.Unlock()
	h.digestMap[d]++
}

type SyncService struct {
	subHandler    *topicHandlerFixed
	registrations *subscriptionRegistrations
	ticker        <-chan time.Time
	syncDone      chan struct{}
}

// holdRegistration returns true only for the first caller with a given digest.
func (s *SyncService) holdRegistration(digest [4]byte) bool {
	s.registrations.Lock()
	defer s.registrations.Unlock()
	if _, ok := s.registrations.digests[digest]; ok {
		return false
	}
	s.registrations.digests[digest] = struct{}{}
	return true
}

func (s *SyncService) subscribeTopic(topic string, digest [4]byte) {
	s.subHandler.addTopic(digest)
}

func (s *SyncService) registerAll(epoch uint64, digest [4]byte) {
	if !s.holdRegistration(digest) {
		return
	}
	for _, t := range []string{"beacon_block", "beacon_attestation", "sync_committee"} {
		s.subscribeTopic(t, digest)
	}
}

func (s *SyncService) registerNextFork(epoch uint64, digest [4]byte) {
	if s.subHandler.digestExists(digest) {
		return
	}
	s.registerAll(epoch+1, digest)
}

func (s *SyncService) watchForks(digest [4]byte) {
	for range s.ticker {
		s.registerNextFork(0, digest)
	}
}

func (s *SyncService) Run(digest [4]byte) {
	go s.watchForks(digest)
	go func() {
		<-s.syncDone
		s.registerAll(0, digest)
	}()
}
