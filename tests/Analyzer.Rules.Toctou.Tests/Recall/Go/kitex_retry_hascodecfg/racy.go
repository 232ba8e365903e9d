// https://github.com/cloudwego/kitex/pull/737
// Container.Init built the code-configured retryers inside InitWithPolicies
// (under rc.Mutex) but stored the result in rc.hasCodeCfg after the lock was
// released; NotifyPolicyChange from the config watcher, checking hasCodeCfg under
// the lock, could slip in and replace them. Fix: set hasCodeCfg inside the lock.
package retry

import (
	"fmt"
	"sync"
)

type Policy struct {
	Enable bool
	Type   int
}

type Retryer struct{ policy Policy }

type Container struct {
	hasCodeCfg bool
	retryerMap sync.Map // <method: *Retryer>
	msg        string
	sync.Mutex
}

func (rc *Container) initRetryer(method string, p Policy) {
	rc.retryerMap.Store(method, &Retryer{policy: p})
	rc.msg = fmt.Sprintf("new retryer[%s-%d]", method, p.Type)
}

// InitWithPolicies takes the lock inside because it is exported.
func (rc *Container) InitWithPolicies(methodPolicies map[string]Policy) (inited bool, err error) {
	if methodPolicies == nil {
		return
	}
	rc.Lock()
	defer rc.Unlock()
	for m, p := range methodPolicies {
		if p.Enable {
			inited = true
			if _, ok := rc.retryerMap.Load(m); ok {
				continue
			}
			rc.initRetryer(m, p)
		}
	}
	return
}

// NotifyPolicyChange is called by the remote config watcher goroutine.
func (rc *Container) NotifyPolicyChange(method string, p Policy) {
	rc.Lock()
	defer rc.Unlock()
	if rc.hasCodeCfg {
		// code config has priority over remote config
		return
	}
	rc.retryerMap.Delete(method)
	rc.initRetryer(method, p)
}

// Init is called while the client is being built.
func (rc *Container) Init(mp map[string]Policy) (err error) {
	rc.hasCodeCfg, err = rc.InitWithPolicies(mp) // Noncompliant
	if err != nil {
		return fmt.Errorf("NewRetryer in Init failed, err=%w", err)
	}
	return nil
}

func buildRacy(rc *Container, remote <-chan Policy) {
	go func() {
		for p := range remote {
			rc.NotifyPolicyChange("Echo", p)
		}
	}()
	_ = rc.Init(map[string]Policy{"Echo": {Enable: true}})
}
