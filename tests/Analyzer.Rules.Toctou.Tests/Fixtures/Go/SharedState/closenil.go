package sharedstate

import "sync"

// HeartbeatSender stops by closing its channel and then clearing the field the test reads: two callers that both see
// the channel can both close it. LockedHeartbeat tests, closes and clears under one hold of its lock.
type HeartbeatSender struct {
	mu    sync.Mutex
	beats chan struct{}
	sent  int
}

func (h *HeartbeatSender) StopBeats() {
	if h.beats != nil { // Secondary [check]
		close(h.beats)
		h.beats = nil // Noncompliant [TOCTOU001] {{h.beats is checked at line 14 and changed at line 16 by h.beats, with no lock held at either point, though HeartbeatSender has a lock, mu; two callers that run it at once can both pass the test and both reach close(h.beats) at line 15, which fails when it is made twice}}
	}
}

func (h *HeartbeatSender) sendBeat() {
	h.mu.Lock()
	h.sent++
	h.mu.Unlock()
}

type LockedHeartbeat struct {
	mu    sync.Mutex
	beats chan struct{}
}

func (h *LockedHeartbeat) StopBeats() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.beats != nil {
		close(h.beats)
		h.beats = nil
	}
}
