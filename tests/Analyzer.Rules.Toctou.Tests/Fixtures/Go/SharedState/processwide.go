package processwide

import "sync"

type Conf struct{ Name string }

func load() *Conf { return &Conf{Name: "default"} }

// Current fills a package-level variable (declared in processwide_state.go) on first use, for any caller in any
// package: two first callers at once both load it.
func Current() *Conf {
	if current == nil {
		current = load() // Noncompliant [TOCTOU001] {{current is checked at line 12 and changed at line 13 by current, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return current
}

// Table publishes an empty map and fills it after: a caller that comes in between finds it there, but empty.
var table map[string]*Conf

func Table() map[string]*Conf {
	if table == nil {
		table = map[string]*Conf{} // Noncompliant [TOCTOU001] {{table is checked at line 22 and changed at line 23 by table and at line 24 by table["default"], with no lock held at either point; it stores the new value at line 23 and fills it only after, at line 24: a caller that comes in between finds it there but not yet filled}}
		table["default"] = load()
	}
	return table
}

// The same behind sync.Once.
var (
	sharedOnce sync.Once
	shared     *Conf
)

func Shared() *Conf {
	sharedOnce.Do(func() {
		if shared == nil {
			shared = load()
		}
	})
	return shared
}

// Only the package can call a lower-case function; nothing here starts one.
var fallback *Conf

func fallbackConf() *Conf {
	if fallback == nil {
		fallback = load()
	}
	return fallback
}

// A registration keeps a duplicate out and returns nothing of the table: not memoisation, and nothing shows the
// calls overlap (registrations are made at start-up).
var registered = map[string]*Conf{}

func Register(name string, c *Conf) bool {
	if _, ok := registered[name]; ok {
		return false
	}
	registered[name] = c
	return true
}

// A value of an object's own: its owner may keep it to one goroutine.
type Loader struct{ conf *Conf }

func (l *Loader) Conf() *Conf {
	if l.conf == nil {
		l.conf = load()
	}
	return l.conf
}

// A cache behind the package's default object: Lookup, which any package can call, reaches the one std there is.
type cache struct{ entries map[string]*Conf }

var std = &cache{entries: map[string]*Conf{}}

func (c *cache) lookup(name string) *Conf {
	if _, ok := c.entries[name]; !ok {
		c.entries[name] = load() // Noncompliant [TOCTOU001] {{c.entries[name] is checked at line 82 and changed at line 83 by c.entries[name], with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return c.entries[name]
}

func Lookup(name string) *Conf { return std.lookup(name) } // Secondary [concurrency]

// A registration on it refuses a duplicate and returns nothing of the table: set-up code registers, one at a time.
func (c *cache) add(name string, conf *Conf) bool {
	if _, ok := c.entries[name]; ok {
		return false
	}
	c.entries[name] = conf
	return true
}

func Add(name string, conf *Conf) bool { return std.add(name, conf) }

// Checked under the read lock and stored under the write lock without checking again: the advice is about that lock.
var (
	namedMu sync.RWMutex
	named   = map[string]*Conf{}
)

func Named(name string) *Conf {
	namedMu.RLock()
	_, ok := named[name]
	namedMu.RUnlock()
	if !ok {
		namedMu.Lock()
		named[name] = load() // Noncompliant [TOCTOU001] {{named[name] is checked at line 109 and changed at line 113 by named[name], checked under the read lock namedMu and changed under the write lock taken at line 112 without re-checking; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
		namedMu.Unlock()
	}
	namedMu.RLock()
	defer namedMu.RUnlock()
	return named[name]
}

// A helper the exported function calls by name is reached by every caller of it.
var baseConf *Conf // Secondary [concurrency]

func Defaults() *Conf { return defaultsConf() }

func defaultsConf() *Conf {
	if baseConf == nil {
		baseConf = load() // Noncompliant [TOCTOU001] {{baseConf is checked at line 127 and changed at line 128 by baseConf, with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return baseConf
}

// A helper only the package's lower-case functions call is not.
var internalOnly *Conf

func internalConf() *Conf {
	if internalOnly == nil {
		internalOnly = load()
	}
	return internalOnly
}

func useInternal() string { return internalConf().Name }
