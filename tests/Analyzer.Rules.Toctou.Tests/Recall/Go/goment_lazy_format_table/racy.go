// https://github.com/nleeper/goment/pull/53
// goment.New() filled two package-level lookup tables (format tokens and parse tokens)
// lazily on every call: loadFormatReplacements returned early when len(table) > 0 and
// otherwise added every token to the shared map through a small helper. The PR reports
// that calling goment.New() from several goroutines at the same time is a race: all
// callers that arrive before the first one finishes see an empty table and write into
// the same map concurrently. The merged fix makes the table set-up a one-time,
// synchronized step (its exact form is not in the stored sources; fixed.go uses sync.Once).
package goment

import (
	"strconv"
	"sync"
	"time"
)

type formatReplacementFunc func(*Goment) string

// formatReplacements is shared by every Goment value in the process.
var formatReplacements = map[string]formatReplacementFunc{}

type Goment struct {
	time time.Time
}

// New is the public constructor; applications call it from any goroutine.
func New() (*Goment, error) {
	loadFormatReplacements()
	return &Goment{time: time.Now()}, nil
}

func loadFormatReplacements() {
	if len(formatReplacements) > 0 {
		return
	}

	addFormatReplacement("M", func(g *Goment) string { return strconv.Itoa(int(g.time.Month())) }) // Noncompliant
	addFormatReplacement("D", func(g *Goment) string { return strconv.Itoa(g.time.Day()) })
	addFormatReplacement("YYYY", func(g *Goment) string { return strconv.Itoa(g.time.Year()) })
	addFormatReplacement("H", func(g *Goment) string { return strconv.Itoa(g.time.Hour()) })
}

func addFormatReplacement(token string, f formatReplacementFunc) {
	formatReplacements[token] = f
}

func (g *Goment) Format(token string) string {
	if f, ok := formatReplacements[token]; ok {
		return f(g)
	}
	return token
}

// formatManyConcurrently is how a server uses the library: one New per request.
func formatManyConcurrently(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g, _ := New()
			_ = g.Format("YYYY")
		}()
	}
	wg.Wait()
}
