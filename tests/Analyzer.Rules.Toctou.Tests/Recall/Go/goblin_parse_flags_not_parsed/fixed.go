// https://github.com/franela/goblin/issues/99 (fix: https://github.com/franela/goblin/pull/100)
// Fixed shape: the flag parsing and regex set-up run once through a package-level sync.Once.
package goblin

import (
	"flag"
	"regexp"
	"sync"
	"testing"
	"time"
)

var (
	suiteTimeout = flag.Duration("goblin.suite.timeout", 5*time.Second, "Sets default timeouts for all tests")
	suiteFilter  = flag.String("goblin.suite.run", "", "Runs only tests which match the supplied regex")
	filterRegex  *regexp.Regexp
	flagsOnce    sync.Once
)

type Suite struct {
	t       *testing.T
	timeout time.Duration
}

func initSuiteFlags() {
	flag.Parse()
	if *suiteFilter != "" {
		filterRegex = regexp.MustCompile(*suiteFilter)
	} else {
		filterRegex = nil
	}
}

func NewSuite(t *testing.T) *Suite {
	flagsOnce.Do(initSuiteFlags)
	return &Suite{t: t, timeout: *suiteTimeout}
}

func runSuiteTable(t *testing.T, names []string) {
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := NewSuite(t)
			_ = s.timeout
		})
	}
}
