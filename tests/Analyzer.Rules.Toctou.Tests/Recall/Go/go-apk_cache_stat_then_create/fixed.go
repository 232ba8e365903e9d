// https://github.com/chainguard-dev/go-apk/pull/62 (tracking test issue https://github.com/chainguard-dev/go-apk/issues/63)
// Fixed version: the download goes to a private temporary file in the cache directory,
// which is closed and then atomically renamed over the cache path.
package apk

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type atomicCacheTransport struct {
	upstream *http.Client
	dir      string
}

func (t *atomicCacheTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	target := filepath.Join(t.dir, filepath.Base(req.URL.Path))

	if f, err := os.Open(target); err == nil {
		return &http.Response{StatusCode: 200, Body: f}, nil
	}
	return t.fetchIntoCache(target, req)
}

func (t *atomicCacheTransport) fetchIntoCache(target string, req *http.Request) (*http.Response, error) {
	resp, err := t.upstream.Do(req)
	if err != nil || resp.StatusCode != 200 {
		return resp, err
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("unable to create cache directory: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "*.tmp")
	if err != nil {
		return nil, fmt.Errorf("unable to create temporary cache file: %w", err)
	}
	_, copyErr := io.Copy(tmp, resp.Body)
	closeErr := tmp.Close()
	if copyErr != nil || closeErr != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("unable to write cache file: %v %v", copyErr, closeErr)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return nil, fmt.Errorf("unable to move cache file into place: %w", err)
	}
	f, err := os.Open(target)
	if err != nil {
		return nil, fmt.Errorf("unable to open cache file: %w", err)
	}
	resp.Body = f
	return resp, nil
}
