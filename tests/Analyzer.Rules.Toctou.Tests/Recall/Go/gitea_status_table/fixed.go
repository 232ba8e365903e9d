// https://github.com/go-gitea/gitea/pull/1835
// Fixed version: the table answers "was it running?" and marks it running in one call under its own lock, so only
// one caller wins.
package giteastatus

import "sync"

type AtomicStatusTable struct {
	lock sync.RWMutex
	pool map[string]struct{}
}

func NewAtomicStatusTable() *AtomicStatusTable {
	return &AtomicStatusTable{pool: make(map[string]struct{})}
}

// StartIfNotRunning reports whether it marked name as running.
func (p *AtomicStatusTable) StartIfNotRunning(name string) bool {
	p.lock.Lock()
	defer p.lock.Unlock()
	if _, ok := p.pool[name]; ok {
		return false
	}
	p.pool[name] = struct{}{}
	return true
}

func (p *AtomicStatusTable) StopRunning(name string) {
	p.lock.Lock()
	defer p.lock.Unlock()
	delete(p.pool, name)
}

var fsckStatusTable = NewAtomicStatusTable()

const gitFsck = "git_fsck"

func GitFsck() {
	if !fsckStatusTable.StartIfNotRunning(gitFsck) {
		return
	}
	defer fsckStatusTable.StopRunning(gitFsck)
	checkAllRepos()
}

func checkAllRepos() {}

func adminRunFsck() {
	go GitFsck()
}
