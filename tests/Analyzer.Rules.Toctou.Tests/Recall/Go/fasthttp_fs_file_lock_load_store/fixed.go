// https://github.com/valyala/fasthttp/pull/1145 (merged version)
// The per-file lock is fetched with a single LoadOrStore, so callers that race on the first
// request for a path all receive the same mutex.
package fasthttpfs

import (
	"compress/gzip"
	"io"
	"os"
	"sync"
)

var fixedFilesLockMap sync.Map

func getFileLockFixed(absPath string) *sync.Mutex {
	v, _ := fixedFilesLockMap.LoadOrStore(absPath, &sync.Mutex{})
	return v.(*sync.Mutex)
}

type fixedFSHandler struct {
	compressedFileSuffix string
}

func (h *fixedFSHandler) compressFileNolock(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := dst + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(out)
	if _, err := io.Copy(zw, in); err != nil {
		out.Close()
		return err
	}
	zw.Close()
	out.Close()
	return os.Rename(tmp, dst)
}

func (h *fixedFSHandler) compressAndOpenFSFile(absPath string) (*os.File, error) {
	dst := absPath + h.compressedFileSuffix
	filelock := getFileLockFixed(absPath)
	filelock.Lock()
	defer filelock.Unlock()
	if f, err := os.Open(dst); err == nil {
		return f, nil
	}
	if err := h.compressFileNolock(absPath, dst); err != nil {
		return nil, err
	}
	return os.Open(dst)
}

func (h *fixedFSHandler) serveMany(paths []string) {
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func(p string) {
			defer wg.Done()
			if f, err := h.compressAndOpenFSFile(p); err == nil {
				f.Close()
			}
		}(p)
	}
	wg.Wait()
}
