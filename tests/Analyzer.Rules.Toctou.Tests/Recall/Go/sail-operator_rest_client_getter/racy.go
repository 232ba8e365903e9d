// https://github.com/istio-ecosystem/sail-operator/pull/2256
// The Helm restClientGetter lazily created discoveryClient and restMapper with bare nil checks and no
// synchronization. One getter is shared by four controllers through ChartManager, so concurrent
// reconciles could both see nil and both build/assign the field (data race, duplicate clients).
// Fix: replace the manual lazy init with sync.OnceValues.
package helm

type RESTConfig struct {
	Host  string
	Burst int
}

type CachedDiscoveryInterface interface{ Invalidate() }

type RESTMapper interface {
	ResourceFor(resource string) (string, error)
}

func copyConfig(c *RESTConfig) *RESTConfig { cp := *c; return &cp }

func newDiscoveryClientForConfig(c *RESTConfig) (CachedDiscoveryInterface, error) { return nil, nil }

func newShortcutExpander(dc CachedDiscoveryInterface) RESTMapper { return nil }

type restClientGetter struct {
	config          *RESTConfig
	discoveryClient CachedDiscoveryInterface
	restMapper      RESTMapper
}

func (c *restClientGetter) ToDiscoveryClient() (CachedDiscoveryInterface, error) {
	if c.discoveryClient == nil {
		cfg := copyConfig(c.config)
		cfg.Burst = 0
		dc, err := newDiscoveryClientForConfig(cfg)
		if err != nil {
			return nil, err
		}
		c.discoveryClient = dc // Noncompliant
	}
	return c.discoveryClient, nil
}

func (c *restClientGetter) ToRESTMapper() (RESTMapper, error) {
	if c.restMapper == nil {
		dc, err := c.ToDiscoveryClient()
		if err != nil {
			return nil, err
		}
		c.restMapper = newShortcutExpander(dc) // Noncompliant
	}
	return c.restMapper, nil
}

// ChartManager shares one getter between the Istio, IstioRevision, IstioCNI and ZTunnel controllers.
type ChartManager struct {
	getter *restClientGetter
}

func (m *ChartManager) reconcileAll(n int) {
	for i := 0; i < n; i++ {
		go func() {
			_, _ = m.getter.ToRESTMapper()
		}()
	}
}
