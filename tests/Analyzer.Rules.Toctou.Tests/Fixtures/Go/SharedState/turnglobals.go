package sharedstate

// Each page walker runs on an object of its own, made on its turn of the loop, but every copy marks pages in one
// package-level map. A fetcher whose copies each keep their own record is not shared.
var walkedPages = map[string]bool{}

type pageWalker struct {
	page  string
	tried map[string]bool
}

func (c *pageWalker) walk() {
	if !walkedPages[c.page] { // Secondary [check]
		walkedPages[c.page] = true // Noncompliant [TOCTOU001] {{walkedPages[c.page] is checked at line 13 and changed at line 14 by walkedPages[c.page], with no lock held at either point, while walk is started in parallel at line 28, in a loop, on objects of their own that all reach walkedPages[c.page]}}
	}
}

func (c *pageWalker) rewalk() {
	if !c.tried[c.page] {
		c.tried[c.page] = true
	}
}

func startWalkers(pages []string) {
	for _, p := range pages {
		c := &pageWalker{page: p, tried: map[string]bool{}}
		go c.rewalk()
		go c.walk()
	}
}

// Every watcher that code outside the package starts runs its own goroutine, and each of them reloads through one
// package-level flag.
var reloadRequested bool

type SignalWatcher struct {
	signals chan int
}

func (s *SignalWatcher) Watch() {
	go s.onSignals()
}

func (s *SignalWatcher) onSignals() {
	for range s.signals {
		s.reloadAll()
	}
}

func (s *SignalWatcher) reloadAll() {
	if reloadRequested { // Secondary [check]
		return
	}
	reloadRequested = true // Noncompliant [TOCTOU001] {{reloadRequested is checked at line 51 and changed at line 54 by reloadRequested, with no lock held at either point, while onSignals, which calls reloadAll, is started at line 41 by SignalWatcher.Watch, which code outside the package can call on every object, and each copy reaches reloadRequested}}
}

// Plugins handed in as a slice each start on a goroutine of their own, and every copy shares one package-level
// registry of watchers; what a plugin keeps on itself is its own.
var watchersByNamespace = map[string]*pageWalker{}

type namespacePlugin struct {
	namespace string
	started   bool
}

func (p *namespacePlugin) Start() {
	if !p.started {
		p.started = true
	}
	if _, ok := watchersByNamespace[p.namespace]; !ok { // Secondary [check]
		watchersByNamespace[p.namespace] = &pageWalker{page: p.namespace} // Noncompliant [TOCTOU001] {{watchersByNamespace[p.namespace] is checked at line 70 and changed at line 71 by watchersByNamespace[p.namespace], with no lock held at either point, while Start is started in parallel at line 77, in a loop, on objects of their own that all reach watchersByNamespace[p.namespace]}}
	}
}

func startPlugins(plugins []*namespacePlugin) {
	for _, p := range plugins {
		go p.Start()
	}
}
