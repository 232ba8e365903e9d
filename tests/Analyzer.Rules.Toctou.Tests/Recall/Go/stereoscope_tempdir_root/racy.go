// https://github.com/anchore/stereoscope/pull/676
// One TempDirGenerator is shared by providers used from several goroutines. getOrCreateRootLocation
// checked rootLocation == "" and then made a temp dir and stored it with no lock, so two callers
// could both create a root dir (one leaks). Fix: a sync.Mutex on the methods that touch the
// shared fields.
package file

import (
	"os"
	"strings"
)

type TempDirGenerator struct {
	rootPrefix   string
	rootLocation string
	children     []*TempDirGenerator
}

func NewTempDirGenerator(name string) *TempDirGenerator {
	return &TempDirGenerator{rootPrefix: name}
}

func (t *TempDirGenerator) getOrCreateRootLocation() (string, error) {
	if t.rootLocation == "" {
		location, err := os.MkdirTemp("", t.rootPrefix+"-")
		if err != nil {
			return "", err
		}
		t.rootLocation = location // Noncompliant
	}
	return t.rootLocation, nil
}

// NewGenerator creates a child generator capable of making sibling temp directories.
func (t *TempDirGenerator) NewGenerator() *TempDirGenerator {
	gen := NewTempDirGenerator(t.rootPrefix)
	t.children = append(t.children, gen)
	return gen
}

// NewDirectory creates a new temp dir within the generator's root temp dir.
func (t *TempDirGenerator) NewDirectory(name ...string) (string, error) {
	location, err := t.getOrCreateRootLocation()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(location, strings.Join(name, "-")+"-")
}

func getImages(gen *TempDirGenerator, n int) {
	for i := 0; i < n; i++ {
		go func() {
			_, _ = gen.NewDirectory("image")
		}()
	}
}
