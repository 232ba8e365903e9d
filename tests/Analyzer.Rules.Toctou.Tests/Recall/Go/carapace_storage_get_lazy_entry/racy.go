// https://github.com/carapace-sh/carapace/issues/793 (fix: https://github.com/carapace-sh/carapace/pull/811, follow-up https://github.com/carapace-sh/carapace/pull/912)
// storage.get looked a command up in the package-level storage map and, when the command had
// no entry yet, created an empty one and stored it. The map had no lock at all, while completion
// callbacks can run in parallel (a Batch invokes each of its actions in its own goroutine), so two
// goroutines could miss the same command and both insert; completion crashed with
// "fatal error: concurrent map writes" in storage.get. The fix guards the map with an RWMutex:
// a read-locked lookup first, then the lookup is repeated under the write lock before inserting.
package carapace

import "sync"

type Command struct {
	Use    string
	parent *Command
}

type Action struct {
	values []string
}

type entry struct {
	flag          map[string]Action
	positional    []Action
	positionalAny Action
	bridged       bool
}

type _storage map[*Command]*entry

var storage = make(_storage)

// get returns the entry of cmd, creating it on first use.
func (s _storage) get(cmd *Command) (e *entry) {
	var ok bool
	if e, ok = s[cmd]; !ok {
		e = &entry{}
		s[cmd] = e // Noncompliant
	}
	return
}

func (s _storage) getPositional(cmd *Command, index int) Action {
	e := s.get(cmd)
	if len(e.positional) > index {
		return e.positional[index]
	}
	return e.positionalAny
}

// Batch invokes the completion of every command in its own goroutine and collects the results.
func Batch(cmds []*Command, index int) []Action {
	out := make([]Action, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func(i int, c *Command) {
			defer wg.Done()
			out[i] = storage.getPositional(c, index)
		}(i, c)
	}
	wg.Wait()
	return out
}
