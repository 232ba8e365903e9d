package sharedstate

import "sync"

// One test of several fields that decides one act on all of them is one race: one finding, on the first field, that
// names the others.
type Ballot struct {
	mu     sync.Mutex
	leader int
	epoch  int
	votes  int
}

func (b *Ballot) propose(leader, epoch int) {
	b.mu.Lock()
	b.leader = leader
	b.epoch = epoch
	b.mu.Unlock()
}

func (b *Ballot) Offer(leader, epoch int) {
	if leader > b.leader && epoch >= b.epoch {
		b.propose(leader, epoch) // Noncompliant [TOCTOU001] {{b.leader is checked at line 22 and changed at line 23 by b.propose(leader, epoch), but the check runs before b.mu is taken at line 23, inside propose(); the same test and act cover b.epoch too}}
	}
}

// Two tests, each deciding its own act, stay two findings.
func (b *Ballot) Count(leader int) {
	if b.votes < 10 {
		b.mu.Lock()
		b.votes++ // Noncompliant [TOCTOU001] {{b.votes is checked at line 29 and changed at line 31 by b.votes, but the check runs before b.mu is taken at line 30}}
		b.mu.Unlock()
	}
	if leader > b.leader {
		b.propose(leader, 0) // Noncompliant [TOCTOU001] {{b.leader is checked at line 34 and changed at line 35 by b.propose(leader, 0), but the check runs before b.mu is taken at line 35, inside propose()}}
	}
}
