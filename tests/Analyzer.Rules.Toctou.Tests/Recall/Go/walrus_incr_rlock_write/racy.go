// https://github.com/couchbaselabs/walrus/pull/16
// Incr took only the read lock when amt == 0, assuming a pure read, but when
// the key was absent it went on to create the document with the default
// value. Two concurrent Incr(k, 0, def) calls both see the key missing and
// both write Docs[k] under RLock. Fix: always take the write lock.
package walrus

import (
	"strconv"
	"sync"
)

type walrusDoc struct {
	Raw      []byte
	Sequence uint64
}

type WalrusBucket struct {
	lock    sync.RWMutex
	Docs    map[string]*walrusDoc
	LastSeq uint64
}

func (bucket *WalrusBucket) _nextSequence() uint64 {
	bucket.LastSeq++
	return bucket.LastSeq
}

func (bucket *WalrusBucket) GetRaw(k string) ([]byte, error) {
	bucket.lock.RLock()
	defer bucket.lock.RUnlock()
	doc := bucket.Docs[k]
	if doc == nil {
		return nil, nil
	}
	return doc.Raw, nil
}

func (bucket *WalrusBucket) Incr(k string, amt, def uint64, exp uint32) (uint64, error) {
	if amt == 0 {
		bucket.lock.RLock()
		defer bucket.lock.RUnlock()
	} else {
		bucket.lock.Lock()
		defer bucket.lock.Unlock()
	}

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
		bucket.Docs[k] = doc // Noncompliant
	}
	doc.Raw = []byte(strconv.FormatUint(counter, 10))
	doc.Sequence = bucket._nextSequence()
	return counter, nil
}

func useBucket(b *WalrusBucket) {
	for i := 0; i < 4; i++ {
		go b.Incr("_sync:seq", 0, 1, 0)
	}
}
