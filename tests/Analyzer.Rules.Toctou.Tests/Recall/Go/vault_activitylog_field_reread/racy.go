// https://github.com/hashicorp/vault/pull/22571
// Core.CheckToken runs on every authenticated HTTP request goroutine. It copied
// c.activityLog under activityLogLock and tested the copy for nil, but then called
// HandleTokenUsage through the field c.activityLog again. A seal or step-down
// (stopActivityLog) sets the field to nil under the write lock in between, so the request
// dereferences a nil ActivityLog. Fix: call HandleTokenUsage on the copy taken under the
// read lock (introduced by #18809, fixed by #22571).
package vault

import (
	"net/http"
	"sync"
)

type TokenEntry struct {
	ID       string
	ClientID string
}

type ActivityLog struct {
	l       sync.Mutex
	doneCh  chan struct{}
	clients map[string]int
}

func (a *ActivityLog) HandleTokenUsage(te *TokenEntry) error {
	a.l.Lock()
	defer a.l.Unlock()
	a.clients[te.ClientID]++
	return nil
}

type Core struct {
	activityLogLock sync.RWMutex
	activityLog     *ActivityLog
}

// stopActivityLog is called from the seal / step-down path.
func (c *Core) stopActivityLog() {
	c.activityLogLock.Lock()
	defer c.activityLogLock.Unlock()
	if c.activityLog != nil {
		close(c.activityLog.doneCh)
	}
	c.activityLog = nil
}

func (c *Core) CheckToken(te *TokenEntry, unauth bool) error {
	c.activityLogLock.RLock()
	activityLog := c.activityLog
	c.activityLogLock.RUnlock()
	// If it is an authenticated request, increment the client count.
	if !unauth && activityLog != nil {
		if err := c.activityLog.HandleTokenUsage(te); err != nil { // Noncompliant
			return err
		}
	}
	return nil
}

func (c *Core) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	te := &TokenEntry{ID: r.Header.Get("X-Vault-Token"), ClientID: r.RemoteAddr}
	if err := c.CheckToken(te, te.ID == ""); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
	}
}
