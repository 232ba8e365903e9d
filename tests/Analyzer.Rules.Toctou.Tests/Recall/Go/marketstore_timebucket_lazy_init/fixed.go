// https://github.com/alpacahq/marketstore/pull/15
// Fixed version: every getter goes through f.once.Do(f.initFromFile), so the header is
// read exactly once and other goroutines wait until the fields are filled in.
package tbinfo

import (
	"encoding/binary"
	"errors"
	"log"
	"os"
	"sync"
)

type BucketInfo struct {
	Year   int16
	Path   string
	IsRead bool

	once         sync.Once
	version      int64
	intervals    int64
	nElements    int32
	recordLength int32
}

func (f *BucketInfo) readHeader(path string) error {
	buf, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if len(buf) < 24 {
		return errors.New("short header")
	}
	f.version = int64(binary.LittleEndian.Uint64(buf[0:8]))
	f.intervals = int64(binary.LittleEndian.Uint64(buf[8:16]))
	f.nElements = int32(binary.LittleEndian.Uint32(buf[16:20]))
	f.recordLength = int32(binary.LittleEndian.Uint32(buf[20:24]))
	return nil
}

func (f *BucketInfo) initFromFile() {
	if f.IsRead {
		// do nothing if we found it already done
		return
	}
	if err := f.readHeader(f.Path); err != nil {
		log.Fatal(err.Error())
	}
	f.IsRead = true
}

// GetVersion returns the version number for the given BucketInfo.
func (f *BucketInfo) GetVersion() int64 {
	f.once.Do(f.initFromFile)
	return f.version
}

func queryVersions(info *BucketInfo, n int) []int64 {
	out := make([]int64, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = info.GetVersion()
		}(i)
	}
	wg.Wait()
	return out
}
