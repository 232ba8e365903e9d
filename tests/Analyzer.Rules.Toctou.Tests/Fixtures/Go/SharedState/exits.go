package sharedstate

import (
	"log"
	"sync"
)

// A call that never returns (panic, log.Fatal) ends its branch like a return: the code after the if runs only when the
// condition did not hold, so it depends on the check.
var (
	driversMu sync.Mutex
	drivers   = map[string]func() error{}
)

func RegisterDriver(name string, open func() error) {
	if _, dup := drivers[name]; dup { // Secondary [check]
		panic("driver registered twice: " + name)
	}
	driversMu.Lock()
	drivers[name] = open // Noncompliant [TOCTOU001] {{drivers[name] is checked at line 16 and changed at line 20 by drivers[name], but the check runs before driversMu is taken at line 19}}
	driversMu.Unlock()
}

func MustRegisterDriver(name string, open func() error) {
	driversMu.Lock()
	defer driversMu.Unlock()
	if _, dup := drivers[name]; dup {
		log.Fatalf("driver registered twice: %s", name)
	}
	drivers[name] = open
}
