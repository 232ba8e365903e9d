// https://github.com/photoprism/photoprism/issues/5607
// Fixed version (PR #5652, index_filehash.go): a process-wide, reference-counted mutex per
// file hash is held from the hash lookup until the file is indexed, so identical files are
// indexed one at a time and the second takes the duplicate path. Entries are dropped when
// the last holder releases; an empty hash skips the lock.
package photoprism

import "sync"

type hashLock struct {
	mu   sync.Mutex
	refs int
}

var (
	fileHashMu    sync.Mutex
	fileHashLocks = map[string]*hashLock{}
)

func lockFileHash(hash string) (unlock func()) {
	if hash == "" {
		return func() {}
	}
	fileHashMu.Lock()
	l, ok := fileHashLocks[hash]
	if !ok {
		l = &hashLock{}
		fileHashLocks[hash] = l
	}
	l.refs++
	fileHashMu.Unlock()

	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		fileHashMu.Lock()
		l.refs--
		if l.refs == 0 {
			delete(fileHashLocks, hash)
		}
		fileHashMu.Unlock()
	}
}

type indexedFile struct {
	name    string
	hash    string
	photoID int
}

type mediaStore struct {
	mu         sync.Mutex
	files      []indexedFile
	photoCount int
	duplicates []string
}

func (s *mediaStore) fileByHash(hash string) (indexedFile, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.files {
		if f.hash == hash {
			return f, true
		}
	}
	return indexedFile{}, false
}

func (s *mediaStore) createPhoto(name, hash string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.photoCount++
	s.files = append(s.files, indexedFile{name: name, hash: hash, photoID: s.photoCount})
}

func (s *mediaStore) addDuplicate(name, hash string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.duplicates = append(s.duplicates, name+":"+hash)
}

type MediaIndexer struct {
	store *mediaStore
}

func (mi *MediaIndexer) IndexFile(name, hash string) string {
	unlock := lockFileHash(hash)
	defer unlock()

	if _, found := mi.store.fileByHash(hash); found {
		mi.store.addDuplicate(name, hash)
		return "duplicate"
	}
	mi.store.createPhoto(name, hash)
	return "added"
}

func (mi *MediaIndexer) RunWorkers(jobs <-chan [2]string, workers int) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mi.IndexFile(j[0], j[1])
			}
		}()
	}
	wg.Wait()
}
