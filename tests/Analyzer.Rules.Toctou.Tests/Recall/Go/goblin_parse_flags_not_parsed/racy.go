// https://github.com/franela/goblin/issues/99 (fix: https://github.com/franela/goblin/pull/100; first report: https://github.com/franela/goblin/pull/98)
// Goblin(t) parses the test binary's flags lazily: when flag.Parsed() is still false it
// calls parseFlags, which runs flag.Parse() and then stores the compiled -goblin.run
// regex in a package variable. Table-driven tests that build one Goblin per parallel
// subtest call Goblin(t) from many goroutines at once; several of them see Parsed() ==
// false and all run flag.Parse() and the regex assignment together, which crashed with
// "fatal error: concurrent map writes". The fix runs the flag set-up through sync.Once.
package goblin

import (
	"flag"
	"regexp"
	"testing"
	"time"
)

var timeout = flag.Duration("goblin.timeout", 5*time.Second, "Sets default timeouts for all tests")
var regexParam = flag.String("goblin.run", "", "Runs only tests which match the supplied regex")
var runRegex *regexp.Regexp

type G struct {
	t       *testing.T
	timeout time.Duration
}

func parseFlags() {
	flag.Parse()
	if *regexParam != "" {
		runRegex = regexp.MustCompile(*regexParam)
	} else {
		runRegex = nil
	}
}

// Goblin is called once per test function, including from t.Parallel() subtests.
func Goblin(t *testing.T) *G {
	if !flag.Parsed() {
		parseFlags() // Noncompliant
	}
	return &G{t: t, timeout: *timeout}
}

// runTable is the user pattern from the report: parallel subtests each create a Goblin.
func runTable(t *testing.T, names []string) {
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			g := Goblin(t)
			_ = g.timeout
		})
	}
}
