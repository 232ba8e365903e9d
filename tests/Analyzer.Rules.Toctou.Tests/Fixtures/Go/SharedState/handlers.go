package sharedstate

import "sync"

// Package-level state is shared like a field: the package locks handlers with handlersMu.
var (
	handlersMu sync.Mutex
	handlers   = map[string]func(){}
)

func Register(name string, h func()) bool {
	handlersMu.Lock()
	defer handlersMu.Unlock()
	if _, ok := handlers[name]; ok {
		return false
	}
	handlers[name] = h
	return true
}

// RegisterDefault checks before it takes the lock: another goroutine can register the name in between.
func RegisterDefault(name string, h func()) {
	if _, ok := handlers[name]; !ok { // Secondary [check]
		handlersMu.Lock()
		handlers[name] = h // Noncompliant [TOCTOU001] {{handlers[name] is checked at line 23 and changed at line 25 by handlers[name], but the check runs before handlersMu is taken at line 24}}
		handlersMu.Unlock()
	}
}

// A local of the same name is not the package-level map.
func buildHandlers(names []string) map[string]func() {
	handlers := map[string]func(){}
	for _, n := range names {
		if _, ok := handlers[n]; !ok {
			handlers[n] = nil
		}
	}
	return handlers
}

// Package-level state that no code locks is set up before goroutines start: not reported.
var defaults = map[string]string{}

func setDefault(key, value string) {
	if _, ok := defaults[key]; !ok {
		defaults[key] = value
	}
}

// Clearing what a loop over the map finds: deleting a name twice is deleting it once.
func resetHandlers() {
	for name := range handlers {
		delete(handlers, name)
	}
}

// Every caller holds handlersMu when it calls installFallback, so the check and the set are covered.
func RegisterWithFallback(name string, h func()) {
	handlersMu.Lock()
	defer handlersMu.Unlock()
	handlers[name] = h
	installFallback()
}

func installFallback() {
	if _, ok := handlers["fallback"]; !ok {
		handlers["fallback"] = func() {}
	}
}
