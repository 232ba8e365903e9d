// https://github.com/cloudwan/gohan/pull/503
// Fixed version: the custom formats are registered exactly once through a package-level
// sync.Once, so concurrent first callers of getSchemaManager wait for the single registration.
package schema

import (
	"net"
	"strconv"
	"sync"
)

type jsonFormatChecker interface {
	IsFormat(input string) bool
}

type jsonFormatChain struct {
	formatters map[string]jsonFormatChecker
}

func (c jsonFormatChain) Add(name string, f jsonFormatChecker) jsonFormatChain {
	c.formatters[name] = f
	return c
}

var globalFormatChain = jsonFormatChain{formatters: map[string]jsonFormatChecker{}}

type macFormat struct{}

func (macFormat) IsFormat(input string) bool {
	_, err := net.ParseMAC(input)
	return err == nil
}

type portFormat struct{}

func (portFormat) IsFormat(input string) bool {
	port, err := strconv.ParseInt(input, 10, 0)
	return err == nil && 1 <= port && port <= 65535
}

func registerFormats(checkers jsonFormatChain) {
	checkers.Add("mac", macFormat{})
	checkers.Add("port", portFormat{})
}

type schemaManager struct {
	mu      sync.RWMutex
	schemas map[string]string
}

var (
	sharedSchemaManager        = &schemaManager{schemas: map[string]string{}}
	gohanFormatsRegisteredOnce sync.Once
)

func getSchemaManager() *schemaManager {
	gohanFormatsRegisteredOnce.Do(func() {
		registerFormats(globalFormatChain)
	})
	return sharedSchemaManager
}
