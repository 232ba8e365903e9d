// https://github.com/canonical/lxd/pull/9346 (fixes https://github.com/canonical/lxd/issues/9326)
// instanceCreateFromImage checked whether the image existed on the local member and only then took the
// per-fingerprint image lock to download and register it, so two launches of the same image could both
// see it missing and both download/add it. Fix: take the image lock before the availability check, so
// the second launch waits for the first download and its DB record.
package lxdimages

import (
	"fmt"
	"sync"
)

type imageDB struct {
	mu     sync.Mutex
	images map[string]bool
}

func (db *imageDB) ImageExistsOnMember(fingerprint string) bool {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.images[fingerprint]
}

func (db *imageDB) AddImageToMember(fingerprint string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.images[fingerprint] {
		return fmt.Errorf("image %q already exists on member", fingerprint)
	}
	db.images[fingerprint] = true
	return nil
}

var (
	imageLocksMu sync.Mutex
	imageLocks   = map[string]*sync.Mutex{}
)

func imageOperationLock(fingerprint string) func() {
	imageLocksMu.Lock()
	l, ok := imageLocks[fingerprint]
	if !ok {
		l = &sync.Mutex{}
		imageLocks[fingerprint] = l
	}
	imageLocksMu.Unlock()
	l.Lock()
	return l.Unlock
}

type Daemon struct {
	db       *imageDB
	download func(fingerprint string) error
}

func (d *Daemon) instanceCreateFromImage(name, fingerprint string) error {
	if !d.db.ImageExistsOnMember(fingerprint) {
		unlock := imageOperationLock(fingerprint)
		defer unlock()

		if err := d.download(fingerprint); err != nil {
			return err
		}
		if err := d.db.AddImageToMember(fingerprint); err != nil { // Noncompliant
			return fmt.Errorf("failed adding image for instance %q: %w", name, err)
		}
	}
	return nil
}

// LaunchMany creates several instances from one image in parallel, as a cluster member does when
// multiple launch requests arrive together.
func (d *Daemon) LaunchMany(fingerprint string, names []string) []error {
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			errs[i] = d.instanceCreateFromImage(n, fingerprint)
		}(i, n)
	}
	wg.Wait()
	return errs
}
