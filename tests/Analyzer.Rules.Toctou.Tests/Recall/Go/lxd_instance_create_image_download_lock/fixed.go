// https://github.com/canonical/lxd/pull/9346 (fixes https://github.com/canonical/lxd/issues/9326)
// Fixed version: take lock before the check.
package lxdimages

import (
	"fmt"
	"sync"
)

type memberImageDB struct {
	mu     sync.Mutex
	images map[string]bool
}

func (db *memberImageDB) hasImage(fingerprint string) bool {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.images[fingerprint]
}

func (db *memberImageDB) addImage(fingerprint string) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.images[fingerprint] {
		return fmt.Errorf("image %q already exists on member", fingerprint)
	}
	db.images[fingerprint] = true
	return nil
}

var (
	downloadLocksMu sync.Mutex
	downloadLocks   = map[string]*sync.Mutex{}
)

func lockImageDownload(fingerprint string) func() {
	downloadLocksMu.Lock()
	l, ok := downloadLocks[fingerprint]
	if !ok {
		l = &sync.Mutex{}
		downloadLocks[fingerprint] = l
	}
	downloadLocksMu.Unlock()
	l.Lock()
	return l.Unlock
}

type memberDaemon struct {
	db       *memberImageDB
	download func(fingerprint string) error
}

func (d *memberDaemon) createFromImage(name, fingerprint string) error {
	unlock := lockImageDownload(fingerprint)
	defer unlock()

	if !d.db.hasImage(fingerprint) {
		if err := d.download(fingerprint); err != nil {
			return err
		}
		if err := d.db.addImage(fingerprint); err != nil {
			return fmt.Errorf("failed adding image for instance %q: %w", name, err)
		}
	}
	return nil
}

func (d *memberDaemon) launchMany(fingerprint string, names []string) []error {
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			errs[i] = d.createFromImage(n, fingerprint)
		}(i, n)
	}
	wg.Wait()
	return errs
}
