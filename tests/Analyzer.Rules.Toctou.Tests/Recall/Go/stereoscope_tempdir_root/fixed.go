// https://github.com/anchore/stereoscope/pull/676
// Fixed: a mutex is held across the rootLocation check and its assignment, and
// around the children append.
package file

import (
	"os"
	"strings"
	"sync"
)

type LockedTempDirGenerator struct {
	lock         sync.Mutex
	rootPrefix   string
	rootLocation string
	children     []*LockedTempDirGenerator
}

func NewLockedTempDirGenerator(name string) *LockedTempDirGenerator {
	return &LockedTempDirGenerator{rootPrefix: name}
}

func (t *LockedTempDirGenerator) rootDir() (string, error) {
	t.lock.Lock()
	defer t.lock.Unlock()

	if t.rootLocation == "" {
		location, err := os.MkdirTemp("", t.rootPrefix+"-")
		if err != nil {
			return "", err
		}
		t.rootLocation = location
	}
	return t.rootLocation, nil
}

func (t *LockedTempDirGenerator) Child() *LockedTempDirGenerator {
	t.lock.Lock()
	defer t.lock.Unlock()

	gen := NewLockedTempDirGenerator(t.rootPrefix)
	t.children = append(t.children, gen)
	return gen
}

func (t *LockedTempDirGenerator) MakeDir(name ...string) (string, error) {
	location, err := t.rootDir()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(location, strings.Join(name, "-")+"-")
}

func getImagesLocked(gen *LockedTempDirGenerator, n int) {
	for i := 0; i < n; i++ {
		go func() {
			_, _ = gen.MakeDir("image")
		}()
	}
}
