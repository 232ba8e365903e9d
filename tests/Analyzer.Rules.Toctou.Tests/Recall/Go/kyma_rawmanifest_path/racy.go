// https://github.com/kyma-project/lifecycle-manager/pull/675 (issue https://github.com/kyma-project/lifecycle-manager/issues/663)
// GetPathFromRawManifest opened the cached raw-manifest file to see whether it already existed and,
// when it did not, pulled the image layer and created the file. Reconcilers running in parallel for
// the same module version could all miss, and then all write the same file (or read it half-written).
// The fix takes a per-path mutex from a sync.Map and holds it across the check and the write.
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
)

const manifestFileName = "raw-manifest.yaml"

// ImageSpec stands in for v1beta2.ImageSpec.
type ImageSpec struct {
	Repo string
	Name string
	Ref  string
}

// LayerPuller stands in for crane.PullLayer followed by layer.Uncompressed.
type LayerPuller func(ctx context.Context, imageRef string) (io.ReadCloser, error)

func GetPathFromRawManifest(ctx context.Context, imageSpec ImageSpec, pull LayerPuller) (string, error) {
	imageRef := fmt.Sprintf("%s/%s@%s", imageSpec.Repo, imageSpec.Name, imageSpec.Ref)

	// check existing file
	// if file exists return existing file path
	installPath := getFsChartPath(imageSpec)
	manifestPath := path.Join(installPath, manifestFileName)

	dir, err := os.Open(manifestPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("opening dir for installs caused an error %s: %w", imageRef, err)
	}
	if dir != nil {
		return manifestPath, nil
	}

	// pull image layer
	blobReadCloser, err := pull(ctx, imageRef)
	if err != nil {
		return "", fmt.Errorf("failed fetching blob for layer %s: %w", imageRef, err)
	}
	defer blobReadCloser.Close()

	// create dir for uncompressed manifest
	if err := os.MkdirAll(installPath, fs.ModePerm); err != nil {
		return "", fmt.Errorf("failure while creating installPath directory for layer %s: %w", imageRef, err)
	}
	outFile, err := os.Create(manifestPath) // Noncompliant
	if err != nil {
		return "", fmt.Errorf("file create failed for layer %s: %w", imageRef, err)
	}
	if _, err := io.Copy(outFile, blobReadCloser); err != nil {
		return "", fmt.Errorf("file copy storage failed for layer %s: %w", imageRef, err)
	}
	return manifestPath, outFile.Close()
}

func getFsChartPath(imageSpec ImageSpec) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("%s-%s", imageSpec.Name, imageSpec.Ref))
}
