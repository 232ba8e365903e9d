// https://github.com/protobom/protobom/pull/386
// Fixed: the lazy compile keeps its behavior but runs exactly once via sync.Once.
package protobom

import (
	"regexp"
	"sync"
)

var (
	serialPattern     *regexp.Regexp
	serialPatternOnce sync.Once
)

type Bom struct{ Serial string }

type CycloneDXWriter struct{}

func validSerialFormat(s string) bool {
	serialPatternOnce.Do(func() {
		serialPattern = regexp.MustCompile(`^urn:uuid:[0-9a-fA-F-]{36}$`)
	})
	return serialPattern.MatchString(s)
}

func (w *CycloneDXWriter) Render(b *Bom) string {
	if !validSerialFormat(b.Serial) {
		return ""
	}
	return b.Serial
}

func renderAll(boms []*Bom) {
	var wg sync.WaitGroup
	w := &CycloneDXWriter{}
	for _, b := range boms {
		wg.Add(1)
		go func(b *Bom) {
			defer wg.Done()
			w.Render(b)
		}(b)
	}
	wg.Wait()
}
