// https://github.com/go-gitea/gitea/pull/1835
// Callers asked the status table whether a name was running and then started it: two operations, each under the
// table's own lock, so two callers could both see "not running" and both start the same task. The fix added one
// StartIfNotRunning operation that checks and marks under a single hold of the lock.
package giteastatus

import "sync"

type StatusTable struct {
	lock sync.RWMutex
	pool map[string]struct{}
}

func NewStatusTable() *StatusTable {
	return &StatusTable{pool: make(map[string]struct{})}
}

func (p *StatusTable) IsRunning(name string) bool {
	p.lock.RLock()
	defer p.lock.RUnlock()
	_, ok := p.pool[name]
	return ok
}

func (p *StatusTable) Start(name string) {
	p.lock.Lock()
	defer p.lock.Unlock()
	p.pool[name] = struct{}{}
}

func (p *StatusTable) Stop(name string) {
	p.lock.Lock()
	defer p.lock.Unlock()
	delete(p.pool, name)
}

var taskStatusTable = NewStatusTable()

const mirrorUpdate = "mirror_update"

func MirrorUpdate() {
	if taskStatusTable.IsRunning(mirrorUpdate) {
		return
	}
	taskStatusTable.Start(mirrorUpdate) // Noncompliant
	defer taskStatusTable.Stop(mirrorUpdate)
	updateAllMirrors()
}

func updateAllMirrors() {}

type Cron interface {
	AddFunc(spec string, job func()) error
}

// The scheduler runs each job on a goroutine of its own; the admin dashboard starts one more.
func registerCron(c Cron) {
	c.AddFunc("@every 10m", MirrorUpdate)
}

func adminSyncMirrors() {
	go MirrorUpdate()
}
