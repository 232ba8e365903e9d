// https://github.com/chainguard-dev/go-apk/pull/62 (tracking test issue https://github.com/chainguard-dev/go-apk/issues/63)
// The caching HTTP transport decided "cache hit or miss" with os.Stat on the cache file. On
// a miss it downloaded the APK straight into that path with os.Create + io.Copy and only
// closed it when the function returned. When several builds shared the cache directory, a
// second build could Stat the file after it was created but before it was filled (and use a
// truncated APK: "expandApk error 3: unexpected EOF"), or miss at the same time and
// truncate/rewrite the file another build was already writing or reading. The fix downloads
// into a temporary file, closes it, and moves it into place with an atomic os.Rename.
package apk

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type cacheTransport struct {
	wrapped *http.Client
	root    string
}

// RoundTrip is invoked for every package fetch; concurrent builds use the same cache root.
func (t *cacheTransport) RoundTrip(request *http.Request) (*http.Response, error) {
	cacheFile := filepath.Join(t.root, filepath.Base(request.URL.Path))

	if _, err := os.Stat(cacheFile); err != nil {
		return t.retrieveAndSaveFile(cacheFile, request) // Noncompliant
	}

	f, err := os.Open(cacheFile)
	if err != nil {
		return &http.Response{StatusCode: 404}, nil
	}
	return &http.Response{StatusCode: 200, Body: f}, nil
}

func (t *cacheTransport) retrieveAndSaveFile(cacheFile string, request *http.Request) (*http.Response, error) {
	resp, err := t.wrapped.Do(request)
	if err != nil || resp.StatusCode != 200 {
		return resp, err
	}
	if err := os.MkdirAll(filepath.Dir(cacheFile), 0o755); err != nil {
		return nil, fmt.Errorf("unable to create cache directory: %w", err)
	}
	f, err := os.Create(cacheFile)
	if err != nil {
		return nil, fmt.Errorf("unable to create cache file: %w", err)
	}
	defer f.Close()
	if _, err := io.Copy(f, resp.Body); err != nil {
		return nil, fmt.Errorf("unable to write to cache file: %w", err)
	}
	f2, err := os.Open(cacheFile)
	if err != nil {
		return nil, fmt.Errorf("unable to open cache file: %w", err)
	}
	resp.Body = f2
	return resp, nil
}
