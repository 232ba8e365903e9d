// https://github.com/canonical/lxd/pull/17131 (issue https://github.com/canonical/lxd/issues/16687)
// ConnectSimpleStreams checked whether the per-remote cache directory existed and then called os.Mkdir.
// LXD builds one client per concurrent image download before it takes the per-image lock, so two
// goroutines could both see the directory missing; the loser failed with "mkdir ...: file exists".
// Fix: call os.Mkdir unconditionally and treat an already-existing directory as success.
package lxdcache

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

type ConnectionArgs struct {
	CachePath   string
	CacheExpiry time.Duration
}

type SimpleStreamsClient struct {
	url         string
	cachePath   string
	cacheExpiry time.Duration
}

func pathExists(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}

func ConnectSimpleStreams(url string, args *ConnectionArgs) (*SimpleStreamsClient, error) {
	client := &SimpleStreamsClient{url: url}
	if args.CachePath == "" {
		return client, nil
	}

	if !pathExists(args.CachePath) {
		return nil, fmt.Errorf("Cache directory %q doesn't exist", args.CachePath)
	}

	hashedURL := fmt.Sprintf("%x", sha256.Sum256([]byte(url)))
	cachePath := filepath.Join(args.CachePath, hashedURL)
	expiry := args.CacheExpiry
	if expiry == 0 {
		expiry = time.Hour
	}

	if !pathExists(cachePath) {
		err := os.Mkdir(cachePath, 0755) // Noncompliant
		if err != nil {
			return nil, err
		}
	}

	client.cachePath = cachePath
	client.cacheExpiry = expiry
	return client, nil
}

var imageLocks sync.Map

func lockImage(fingerprint string) func() {
	v, _ := imageLocks.LoadOrStore(fingerprint, &sync.Mutex{})
	mu := v.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// LaunchInstances mirrors several "lxc launch" requests arriving at once: every request connects
// to the remote first (to resolve the alias) and only then takes the per-image lock.
func LaunchInstances(remote string, aliases []string, args *ConnectionArgs) []error {
	errs := make([]error, len(aliases))
	var wg sync.WaitGroup
	for i, alias := range aliases {
		wg.Add(1)
		go func(i int, alias string) {
			defer wg.Done()
			client, err := ConnectSimpleStreams(remote, args)
			if err != nil {
				errs[i] = fmt.Errorf("Failed to connect to simple streams server %q: %w", remote, err)
				return
			}
			unlock := lockImage(client.url + "/" + alias)
			defer unlock()
		}(i, alias)
	}
	wg.Wait()
	return errs
}
