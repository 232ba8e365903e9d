// https://github.com/kyma-project/lifecycle-manager/pull/675 (issue https://github.com/kyma-project/lifecycle-manager/issues/663)
// Fixed shape: a mutex per install path, taken from a package-level sync.Map with LoadOrStore, is
// locked before the existence check and held until the manifest file has been written and closed.
package manifest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"
)

const cachedManifestName = "raw-manifest.yaml"

var fileMutexMap = sync.Map{}

type ModuleImage struct {
	Repo string
	Name string
	Ref  string
}

type BlobFetcher func(ctx context.Context, imageRef string) (io.ReadCloser, error)

func FetchRawManifestPath(ctx context.Context, image ModuleImage, fetch BlobFetcher) (string, error) {
	imageRef := fmt.Sprintf("%s/%s@%s", image.Repo, image.Name, image.Ref)

	installDir := moduleChartDir(image)
	manifestFile := path.Join(installDir, cachedManifestName)

	fileMutex := getLockerForPath(installDir)
	fileMutex.Lock()
	defer fileMutex.Unlock()

	existing, err := os.Open(manifestFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("opening dir for installs caused an error %s: %w", imageRef, err)
	}
	if existing != nil {
		return manifestFile, nil
	}

	blob, err := fetch(ctx, imageRef)
	if err != nil {
		return "", fmt.Errorf("failed fetching blob for layer %s: %w", imageRef, err)
	}
	defer blob.Close()

	if err := os.MkdirAll(installDir, fs.ModePerm); err != nil {
		return "", fmt.Errorf("failure while creating installPath directory for layer %s: %w", imageRef, err)
	}
	target, err := os.Create(manifestFile)
	if err != nil {
		return "", fmt.Errorf("file create failed for layer %s: %w", imageRef, err)
	}
	if _, err := io.Copy(target, blob); err != nil {
		return "", fmt.Errorf("file copy storage failed for layer %s: %w", imageRef, err)
	}
	return manifestFile, target.Close()
}

func moduleChartDir(image ModuleImage) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("%s-%s", image.Name, image.Ref))
}

// getLockerForPath always returns the same sync.Locker instance for given path argument.
func getLockerForPath(p string) sync.Locker {
	val, ok := fileMutexMap.Load(p)
	if !ok {
		val, _ = fileMutexMap.LoadOrStore(p, &sync.Mutex{})
	}
	return val.(*sync.Mutex)
}
