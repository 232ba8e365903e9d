// https://github.com/cloudwego/kitex/pull/737
// Fixed: InitWithPolicies records hasCodeCfg itself while still holding the
// container lock, so NotifyPolicyChange observes it together with the retryers.
package retry

import (
	"fmt"
	"sync"
)

type LockedContainer struct {
	hasCodeCfg bool
	retryerMap sync.Map
	msg        string
	sync.Mutex
}

func (rc *LockedContainer) newRetryer(method string, p Policy) {
	rc.retryerMap.Store(method, &Retryer{policy: p})
	rc.msg = fmt.Sprintf("new retryer[%s-%d]", method, p.Type)
}

func (rc *LockedContainer) InitPolicies(methodPolicies map[string]Policy) error {
	if methodPolicies == nil {
		return nil
	}
	rc.Lock()
	defer rc.Unlock()
	var inited bool
	for m, p := range methodPolicies {
		if p.Enable {
			inited = true
			if _, ok := rc.retryerMap.Load(m); ok {
				continue
			}
			rc.newRetryer(m, p)
		}
	}
	rc.hasCodeCfg = inited
	return nil
}

func (rc *LockedContainer) OnPolicyChange(method string, p Policy) {
	rc.Lock()
	defer rc.Unlock()
	if rc.hasCodeCfg {
		return
	}
	rc.retryerMap.Delete(method)
	rc.newRetryer(method, p)
}

func (rc *LockedContainer) Setup(mp map[string]Policy) error {
	if err := rc.InitPolicies(mp); err != nil {
		return fmt.Errorf("NewRetryer in Init failed, err=%w", err)
	}
	return nil
}

func buildFixed(rc *LockedContainer, remote <-chan Policy) {
	go func() {
		for p := range remote {
			rc.OnPolicyChange("Echo", p)
		}
	}()
	_ = rc.Setup(map[string]Policy{"Echo": {Enable: true}})
}
