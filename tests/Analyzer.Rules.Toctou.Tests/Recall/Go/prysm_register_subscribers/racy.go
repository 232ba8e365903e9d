// https://github.com/OffchainLabs/prysm/pull/15779
// The fork watcher goroutine checks subHandler.digestExists(digest) and then calls
// registerSubscribers, while the goroutine finishing initial sync calls registerSubscribers
// for the same digest; both pass and subscribe every topic twice. The fix records the digest in
// a mutex-guarded map inside registerSubscribers (check and mark under one lock) and returns early.
package sync

import (
	gosync "sync"
	"time"
)

type subTopicHandler struct {
	gosync.RWMutex
	digestMap map[[4]byte]int
}

func (s *subTopicHandler) digestExists(d [4]byte) bool {
	s.RLock()
	defer s.RUnlock()
	return s.digestMap[d] > 0
}

func (s *subTopicHandler) addTopic(d [4]byte) {
	s.Lock()
	defer s.Unlock()
	s.digestMap[d]++
}

type Service struct {
	subHandler *subTopicHandler
	ticker     <-chan time.Time
	syncDone   chan struct{}
}

func (s *Service) subscribe(topic string, digest [4]byte) {
	s.subHandler.addTopic(digest)
}

func (s *Service) registerSubscribers(epoch uint64, digest [4]byte) {
	for _, t := range []string{"beacon_block", "beacon_attestation", "sync_committee"} {
		s.subscribe(t, digest)
	}
}

func (s *Service) registerForUpcomingFork(epoch uint64, digest [4]byte) {
	if s.subHandler.digestExists(digest) {
		return
	}
	s.registerSubscribers(epoch+1, digest) // Noncompliant
}

func (s *Service) forkWatcher(digest [4]byte) {
	for range s.ticker {
		s.registerForUpcomingFork(0, digest)
	}
}

func (s *Service) Start(digest [4]byte) {
	go s.forkWatcher(digest)
	go func() {
		<-s.syncDone
		s.registerSubscribers(0, digest)
	}()
}
