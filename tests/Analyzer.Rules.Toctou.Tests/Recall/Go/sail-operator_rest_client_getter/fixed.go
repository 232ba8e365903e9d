// https://github.com/istio-ecosystem/sail-operator/pull/2256
// Fixed version: discovery client and REST mapper are built exactly once through sync.OnceValues,
// so concurrent reconciles share one initialization.
package helm

import "sync"

type onceClientGetter struct {
	config             *RESTConfig
	getDiscoveryClient func() (CachedDiscoveryInterface, error)
	getRESTMapper      func() (RESTMapper, error)
}

func newOnceClientGetter(config *RESTConfig) *onceClientGetter {
	c := &onceClientGetter{config: config}
	c.getDiscoveryClient = sync.OnceValues(func() (CachedDiscoveryInterface, error) {
		cfg := copyConfig(config)
		cfg.Burst = 0
		return newDiscoveryClientForConfig(cfg)
	})
	c.getRESTMapper = sync.OnceValues(func() (RESTMapper, error) {
		dc, err := c.getDiscoveryClient()
		if err != nil {
			return nil, err
		}
		return newShortcutExpander(dc), nil
	})
	return c
}

func (c *onceClientGetter) ToDiscoveryClient() (CachedDiscoveryInterface, error) {
	return c.getDiscoveryClient()
}

func (c *onceClientGetter) ToRESTMapper() (RESTMapper, error) {
	return c.getRESTMapper()
}

type SharedChartManager struct {
	getter *onceClientGetter
}

func (m *SharedChartManager) reconcileAll(n int) {
	for i := 0; i < n; i++ {
		go func() {
			_, _ = m.getter.ToRESTMapper()
		}()
	}
}
