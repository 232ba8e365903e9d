package sharedstate

import (
	"sync"
	"sync/atomic"
)

type shard struct{ name string }

type shardSet struct {
	shards []*shard
	seen   map[string]bool
}

// eachShard starts what it is handed on a goroutine per shard.
func (s *shardSet) eachShard(fn func(*shard)) {
	var wg sync.WaitGroup
	for _, sh := range s.shards {
		wg.Add(1)
		go func(sh *shard) {
			defer wg.Done()
			fn(sh)
		}(sh)
	}
	wg.Wait()
}

// inOrder runs what it is handed on the caller's goroutine, one shard after another.
func (s *shardSet) inOrder(fn func(*shard)) {
	for _, sh := range s.shards {
		fn(sh)
	}
}

// The literal a local holds is started once per shard by eachShard: every copy tests the shared count before any of
// them raises it, so more than the limit pass.
func (s *shardSet) searchLimited(limit int32) {
	var searched atomic.Int32
	search := func(sh *shard) {
		if searched.Load() >= limit { // Secondary [check]
			return
		}
		searched.Add(1) // Noncompliant [TOCTOU001] {{searched is checked at line 40 and changed at line 43 by searched.Add(1), with no lock held at either point, while the function literal they are in is started in parallel at line 46 by eachShard, in a loop}}
		_ = sh.name
	}
	s.eachShard(search)
}

// The same literal run in order by inOrder is one goroutine's.
func (s *shardSet) searchInOrder(limit int32) {
	var searched atomic.Int32
	s.inOrder(func(sh *shard) {
		if searched.Load() >= limit {
			return
		}
		searched.Add(1)
	})
}

// A method value handed to eachShard is started once per shard on the same object.
func (s *shardSet) markAll() {
	s.eachShard(s.mark)
}

func (s *shardSet) mark(sh *shard) {
	if !s.seen[sh.name] { // Secondary [check]
		s.seen[sh.name] = true // Noncompliant [TOCTOU001] {{s.seen[sh.name] is checked at line 66 and changed at line 67 by s.seen[sh.name], with no lock held at either point, while mark is started in parallel at line 62 by eachShard, in a loop}}
	}
}

// A counter a literal started in a loop captures, declared with its type and no value.
func launchUpTo(jobs []string, limit int32) {
	var started atomic.Int32
	for range jobs {
		go func() {
			if started.Load() >= limit { // Secondary [check]
				return
			}
			started.Add(1) // Noncompliant [TOCTOU001] {{started is checked at line 76 and changed at line 79 by started.Add(1), with no lock held at either point, while the function literal they are in is started in parallel at line 75, in a loop}}
		}()
	}
}
