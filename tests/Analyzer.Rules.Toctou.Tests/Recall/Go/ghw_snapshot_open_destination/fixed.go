// https://github.com/jaypipes/ghw/pull/400
package snapshot

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func OpenDestinationExcl(snapshotName string) (*os.File, error) {
	f, err := os.OpenFile(snapshotName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	if err != nil {
		if !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		fs, err := os.Stat(snapshotName)
		if err != nil {
			return nil, err
		}
		if fs.Size() > 0 {
			return nil, fmt.Errorf("file %s already exists and is of size > 0", snapshotName)
		}
		f, err = os.OpenFile(snapshotName, os.O_WRONLY, 0600)
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func PackFromExcl(snapshotName string, data io.Reader) error {
	f, err := OpenDestinationExcl(snapshotName)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, data)
	return err
}
