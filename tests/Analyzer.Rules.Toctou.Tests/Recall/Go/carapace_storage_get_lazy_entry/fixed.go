// https://github.com/carapace-sh/carapace/issues/793 (fix: https://github.com/carapace-sh/carapace/pull/811, follow-up https://github.com/carapace-sh/carapace/pull/912)
// Fixed version: the storage map is guarded by an RWMutex and the lookup is repeated under the
// write lock before the new entry is inserted.
package carapace

import "sync"

type Cmd struct {
	Use    string
	parent *Cmd
}

type CompletionAction struct {
	values []string
}

type cmdEntry struct {
	flag          map[string]CompletionAction
	positional    []CompletionAction
	positionalAny CompletionAction
	bridged       bool
}

type cmdStorage map[*Cmd]*cmdEntry

var (
	cmdStorageMu sync.RWMutex
	cmdStore     = make(cmdStorage)
)

// get returns the entry of cmd, creating it on first use.
func (s cmdStorage) get(cmd *Cmd) *cmdEntry {
	cmdStorageMu.RLock()
	e, ok := s[cmd]
	cmdStorageMu.RUnlock()

	if !ok {
		cmdStorageMu.Lock()
		defer cmdStorageMu.Unlock()
		if e, ok = s[cmd]; !ok {
			e = &cmdEntry{}
			s[cmd] = e
		}
	}
	return e
}

func (s cmdStorage) getPositional(cmd *Cmd, index int) CompletionAction {
	e := s.get(cmd)
	if len(e.positional) > index {
		return e.positional[index]
	}
	return e.positionalAny
}

// InvokeAll invokes the completion of every command in its own goroutine and collects the results.
func InvokeAll(cmds []*Cmd, index int) []CompletionAction {
	out := make([]CompletionAction, len(cmds))
	var wg sync.WaitGroup
	for i, c := range cmds {
		wg.Add(1)
		go func(i int, c *Cmd) {
			defer wg.Done()
			out[i] = cmdStore.getPositional(c, index)
		}(i, c)
	}
	wg.Wait()
	return out
}
