// https://github.com/coredns/coredns/pull/7707
// Issue #7703: plugin/pkg/uniq.U.Set tests whether a key is already registered and, if not,
// stores a "todo" item in the plain map; during reloads several goroutines call Set/ForEach on
// the same map with no lock (found by the race detector in TestReadme). The fix adds an
// RWMutex: Set checks under RLock, then re-checks under the write lock before inserting.
package uniq

const (
	todo = 1
	done = 2
)

type item struct {
	state int
	f     func() error
}

// U is a package-level registry shared by plugin setup and OnStartup hooks.
type U struct {
	u map[string]item
}

func New() U { return U{u: make(map[string]item)} }

// Set registers f under key unless the key already exists.
func (u U) Set(key string, f func() error) {
	if _, ok := u.u[key]; ok {
		return
	}
	u.u[key] = item{todo, f} // Noncompliant
}

// ForEach runs every todo item and marks it done.
func (u U) ForEach() error {
	for k, v := range u.u {
		if v.state == todo {
			if err := v.f(); err == nil {
				v.state = done
				u.u[k] = v
			}
		}
	}
	return nil
}

var listeners = New()

func setupMetrics(addr string, start func() error) {
	listeners.Set(addr, start)
}

func onStartup() error { return listeners.ForEach() }

func reload(addrs []string, start func() error) {
	go func() {
		for _, a := range addrs {
			setupMetrics(a, start)
		}
	}()
	_ = onStartup()
}
