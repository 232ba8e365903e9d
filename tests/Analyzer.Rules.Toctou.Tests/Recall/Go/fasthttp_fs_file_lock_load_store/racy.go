// https://github.com/valyala/fasthttp/pull/1145
// getFileLock was moved from a mutex-guarded map to a sync.Map but did Load and, on a miss, Store.
// Two request goroutines compressing the same file could both miss, each store its own mutex and
// each "hold the lock" for that path at once, compressing into the same .gz file in parallel.
// Fix requested in review and merged: one LoadOrStore call, so every caller gets the same mutex.
package fasthttpfs

import (
	"compress/gzip"
	"io"
	"os"
	"sync"
)

var filesLockMap sync.Map

func getFileLock(absPath string) *sync.Mutex {
	v, ok := filesLockMap.Load(absPath)
	if !ok {
		v = &sync.Mutex{}
		filesLockMap.Store(absPath, v) // Noncompliant
	}
	return v.(*sync.Mutex)
}

type fsHandler struct {
	compressedFileSuffix string
}

func (h *fsHandler) compressFileNolock(src, dst string) error {
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

func (h *fsHandler) compressAndOpenFSFile(absPath string) (*os.File, error) {
	dst := absPath + h.compressedFileSuffix
	filelock := getFileLock(absPath)
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

// serveMany mimics the server: every request is handled on its own goroutine.
func (h *fsHandler) serveMany(paths []string) {
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
