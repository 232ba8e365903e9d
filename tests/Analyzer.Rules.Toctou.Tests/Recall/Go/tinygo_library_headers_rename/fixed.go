// https://github.com/tinygo-org/tinygo/pull/2393
// Fixed version: the rename may lose against another tinygo process; an "already exists"
// result (or access denied on Windows with the target present) means the headers are
// there, so it is accepted instead of failing the build.
package builder

import (
	"os"
	"path/filepath"
	"runtime"
)

type cLibrary struct {
	name    string
	genHdrs func(target, includeDir string) error
}

func (l *cLibrary) includeDir(outdir, target string) (string, error) {
	if err := os.MkdirAll(outdir, 0o777); err != nil {
		return "", err
	}
	headerPath := filepath.Join(outdir, "include")
	if l.genHdrs == nil {
		return headerPath, nil
	}
	if _, err := os.Stat(headerPath); err != nil {
		tmp, err := os.MkdirTemp(outdir, "include.tmp*")
		if err != nil {
			return "", err
		}
		defer os.RemoveAll(tmp)
		if err := l.genHdrs(target, tmp); err != nil {
			return "", err
		}
		if err := os.Chmod(tmp, 0o755); err != nil {
			return "", err
		}
		if err := os.Rename(tmp, headerPath); err != nil {
			switch {
			case os.IsExist(err):
				// Another invocation of TinyGo already created the headers.
			case runtime.GOOS == "windows" && os.IsPermission(err):
				if _, serr := os.Stat(headerPath); serr != nil {
					return "", err
				}
			default:
				return "", err
			}
		}
	}
	return headerPath, nil
}
