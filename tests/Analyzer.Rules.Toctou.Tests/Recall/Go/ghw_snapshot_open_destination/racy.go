// https://github.com/jaypipes/ghw/pull/400
// OpenDestination stat()ed the snapshot path and, when it was missing, called os.Create;
// another process could create (and fill) the file between the stat and the create, and
// os.Create would then truncate it. The fix opens with O_CREATE|O_EXCL and only falls back
// to the size check when that open reports the file already exists.
package snapshot

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func OpenDestination(snapshotName string) (*os.File, error) {
	var f *os.File
	fs, err := os.Stat(snapshotName)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		f, err = os.Create(snapshotName) // Noncompliant
		if err != nil {
			return nil, err
		}
		return f, nil
	}
	if fs.Size() > 0 {
		return nil, fmt.Errorf("file %s already exists and is of size > 0", snapshotName)
	}
	f, err = os.OpenFile(snapshotName, os.O_WRONLY, 0600)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func PackFrom(snapshotName string, data io.Reader) error {
	f, err := OpenDestination(snapshotName)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, data)
	return err
}
