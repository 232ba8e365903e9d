// https://github.com/alpacahq/marketstore/pull/15
// TimeBucketInfo getters lazily loaded the bucket file header with
// `if !f.IsRead { f.InitFromFile() }`. One TimeBucketInfo from the catalog is shared by
// the query and writer goroutines, so several of them could see IsRead false and re-read
// the header while others were reading the half-filled fields. Fix: "The previous flag
// check wasn't safe for concurrency" - the init is wrapped in a sync.Once.
package tbinfo

import (
	"encoding/binary"
	"errors"
	"log"
	"os"
	"sync"
)

type TimeBucketInfo struct {
	Year   int16
	Path   string
	IsRead bool

	version      int64
	intervals    int64
	nElements    int32
	recordLength int32
}

func (f *TimeBucketInfo) readHeader(path string) error {
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

func (f *TimeBucketInfo) InitFromFile() {
	if err := f.readHeader(f.Path); err != nil {
		log.Fatal(err.Error())
	}
	f.IsRead = true
}

func (f *TimeBucketInfo) GetVersion() int64 {
	if !f.IsRead {
		f.InitFromFile() // Noncompliant
	}
	return f.version
}

// queryAll is what the query engine does: one goroutine per requested key, all sharing
// the catalog's TimeBucketInfo.
func queryAll(info *TimeBucketInfo, n int) []int64 {
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
