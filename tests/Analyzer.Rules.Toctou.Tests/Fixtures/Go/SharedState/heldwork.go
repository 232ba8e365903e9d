package sharedstate

import "sync"

// shardMap fills its table from the seeds; it has no lock of its own.
type shardMap struct {
	seeds []string
	table map[string]int
}

func (m *shardMap) rebuild() {
	m.table = make(map[string]int, len(m.seeds))
	for i, seed := range m.seeds {
		m.table[seed] = i
	}
}

type shardRouter struct {
	mu     sync.Mutex
	primed bool
	shards *shardMap
	hits   int
}

func (r *shardRouter) Count() {
	r.mu.Lock()
	r.hits++
	r.mu.Unlock()
}

func (r *shardRouter) Route(key string) int {
	if !r.primed { // Secondary [check]
		r.shards.rebuild() // Noncompliant [TOCTOU001] {{r.primed is checked at line 32 and decides r.shards.rebuild() at line 33, which the function marks done in it only at line 34, so two callers that run it at once can both pass the test and both act, with no lock held at either point}}
		r.primed = true    // Secondary [act]
	}
	return len(key)
}

func (r *shardRouter) RouteLocked(key string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.primed {
		r.shards.rebuild()
		r.primed = true
	}
	return len(key)
}

// The call changes the state of the object the tested field holds, not the field: the test and the clearing of the
// field are the pair.
func (r *shardRouter) Reset() {
	if r.shards != nil { // Secondary [check]
		r.shards.rebuild() // Noncompliant [TOCTOU001] {{r.shards is checked at line 52 and used at line 53 by r.shards.rebuild(), which reads it again, while another run of shardRouter.Reset empties it at line 54, with no lock held at either point}}
		r.shards = nil
	}
}
