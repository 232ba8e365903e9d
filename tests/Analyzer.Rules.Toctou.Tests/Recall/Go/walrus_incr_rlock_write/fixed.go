// https://github.com/couchbaselabs/walrus/pull/16
package walrus

import (
	"strconv"
	"sync"
)

type FixedBucket struct {
	lock    sync.RWMutex
	Docs    map[string]*walrusDoc
	LastSeq uint64
}

func (bucket *FixedBucket) nextSeqFixed() uint64 {
	bucket.LastSeq++
	return bucket.LastSeq
}

func (bucket *FixedBucket) GetRawFixed(k string) ([]byte, error) {
	bucket.lock.RLock()
	defer bucket.lock.RUnlock()
	doc := bucket.Docs[k]
	if doc == nil {
		return nil, nil
	}
	return doc.Raw, nil
}

func (bucket *FixedBucket) IncrFixed(k string, amt, def uint64, exp uint32) (uint64, error) {
	bucket.lock.Lock()
	defer bucket.lock.Unlock()

	counter := def
	doc, found := bucket.Docs[k]
	if found && doc.Raw != nil {
		var err error
		counter, err = strconv.ParseUint(string(doc.Raw), 10, 64)
		if err != nil {
			return 0, err
		}
		if amt == 0 {
			return counter, nil
		}
		counter += amt
	} else {
		doc = &walrusDoc{}
		bucket.Docs[k] = doc
	}
	doc.Raw = []byte(strconv.FormatUint(counter, 10))
	doc.Sequence = bucket.nextSeqFixed()
	return counter, nil
}

func useFixedBucket(b *FixedBucket) {
	for i := 0; i < 4; i++ {
		go b.IncrFixed("_sync:seq", 0, 1, 0)
	}
}
