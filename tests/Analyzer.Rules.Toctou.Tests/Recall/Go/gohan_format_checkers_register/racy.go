// https://github.com/cloudwan/gohan/pull/503
// schema.GetManager() is called from every API handler and from parallel tests. It registered
// Gohan's custom JSON-schema formats into the global gojsonschema.FormatCheckers chain behind a
// plain bool flag, so concurrent first callers all saw the flag unset and all wrote the shared
// format map ("concurrent map writes"). Fix: register through a package-level sync.Once.
package schema

import (
	"net"
	"regexp"
	"strconv"
	"sync"
)

// FormatChecker and FormatCheckerChain stand in for gojsonschema's types; Add writes a plain map.
type FormatChecker interface {
	IsFormat(input string) bool
}

type FormatCheckerChain struct {
	formatters map[string]FormatChecker
}

func (c FormatCheckerChain) Add(name string, f FormatChecker) FormatCheckerChain {
	c.formatters[name] = f
	return c
}

// FormatCheckers is the library-global chain (gojsonschema.FormatCheckers).
var FormatCheckers = FormatCheckerChain{formatters: map[string]FormatChecker{}}

type macFormatChecker struct{}

func (macFormatChecker) IsFormat(input string) bool {
	_, err := net.ParseMAC(input)
	return err == nil
}

type cidrFormatChecker struct{}

func (cidrFormatChecker) IsFormat(input string) bool {
	_, _, err := net.ParseCIDR(input)
	return err == nil
}

type uuidFormatChecker struct{}

var uuidPattern = regexp.MustCompile(`^[A-Fa-f0-9]{8}-?[A-Fa-f0-9]{4}-?[1-5][A-Fa-f0-9]{3}-?[A-Fa-f0-9]{4}-?[A-Fa-f0-9]{12}$`)

func (uuidFormatChecker) IsFormat(input string) bool { return uuidPattern.MatchString(input) }

type portFormatChecker struct{}

func (portFormatChecker) IsFormat(input string) bool {
	port, err := strconv.ParseInt(input, 10, 0)
	return err == nil && 1 <= port && port <= 65535
}

func registerGohanFormats(checkers FormatCheckerChain) {
	checkers.Add("mac", macFormatChecker{})
	checkers.Add("cidr", cidrFormatChecker{})
	checkers.Add("uuid", uuidFormatChecker{})
	checkers.Add("port", portFormatChecker{})
}

type Schema struct{ ID string }

type Manager struct {
	mu      sync.RWMutex
	schemas map[string]*Schema
}

func (m *Manager) Schema(id string) (*Schema, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	s, ok := m.schemas[id]
	return s, ok
}

var (
	manager                = &Manager{schemas: map[string]*Schema{}}
	gohanFormatsRegistered bool
)

// GetManager returns the schema manager, registering the custom formats on first use.
func GetManager() *Manager {
	if !gohanFormatsRegistered {
		registerGohanFormats(FormatCheckers)
		gohanFormatsRegistered = true // Noncompliant
	}
	return manager
}
