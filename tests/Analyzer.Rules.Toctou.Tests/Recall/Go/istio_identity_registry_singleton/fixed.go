// https://github.com/istio/istio/pull/14203
// Fixed: the singleton is created inside sync.Once.Do, so only one
// IdentityRegistry is ever built no matter how callers are scheduled.
package registry

import "sync"

var (
	onceReg   sync.Once
	singleReg Registry
)

func GetIdentityRegistryOnce() Registry {
	onceReg.Do(func() {
		singleReg = &IdentityRegistry{
			Map: make(map[string]string),
		}
	})
	return singleReg
}

func serveCSRsOnce(requests <-chan [2]string) {
	for req := range requests {
		go func(ids [2]string) {
			_ = GetIdentityRegistryOnce().Check(ids[0], ids[1])
		}(req)
	}
}
