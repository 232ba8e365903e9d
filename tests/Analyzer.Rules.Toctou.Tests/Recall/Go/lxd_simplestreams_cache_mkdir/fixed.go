// https://github.com/canonical/lxd/pull/17131 (issue https://github.com/canonical/lxd/issues/16687)
// Fixed version: Mkdir unconditionally and ignore ErrExist.
package lxdcache

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

type StreamsArgs struct {
	CachePath   string
	CacheExpiry time.Duration
}

type StreamsClient struct {
	url         string
	cachePath   string
	cacheExpiry time.Duration
}

func dirPresent(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}

func ConnectStreams(url string, args *StreamsArgs) (*StreamsClient, error) {
	client := &StreamsClient{url: url}
	if args.CachePath == "" {
		return client, nil
	}

	if !dirPresent(args.CachePath) {
		return nil, fmt.Errorf("Cache directory %q doesn't exist", args.CachePath)
	}

	hashedURL := fmt.Sprintf("%x", sha256.Sum256([]byte(url)))
	cachePath := filepath.Join(args.CachePath, hashedURL)
	expiry := args.CacheExpiry
	if expiry == 0 {
		expiry = time.Hour
	}

	err := os.Mkdir(cachePath, 0755)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, err
	}

	client.cachePath = cachePath
	client.cacheExpiry = expiry
	return client, nil
}

var fingerprintLocks sync.Map

func lockFingerprint(fingerprint string) func() {
	v, _ := fingerprintLocks.LoadOrStore(fingerprint, &sync.Mutex{})
	mu := v.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

func LaunchAll(remote string, aliases []string, args *StreamsArgs) []error {
	errs := make([]error, len(aliases))
	var wg sync.WaitGroup
	for i, alias := range aliases {
		wg.Add(1)
		go func(i int, alias string) {
			defer wg.Done()
			client, err := ConnectStreams(remote, args)
			if err != nil {
				errs[i] = fmt.Errorf("Failed to connect to simple streams server %q: %w", remote, err)
				return
			}
			unlock := lockFingerprint(client.url + "/" + alias)
			defer unlock()
		}(i, alias)
	}
	wg.Wait()
	return errs
}
