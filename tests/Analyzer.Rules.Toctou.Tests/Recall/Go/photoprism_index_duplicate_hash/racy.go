// https://github.com/photoprism/photoprism/issues/5607
// The indexer looked a file up by SHA-1 hash and, on a miss, created a new Photo and File
// row later, with no lock or unique index in between; with several index workers, identical
// copies all missed the lookup and each created its own Photo. Fix (PR #5652): a per-hash
// mutex held from the hash lookup until the rows are written.
package photoprism

import "sync"

type File struct {
	Name    string
	Hash    string
	PhotoID int
}

type Photo struct {
	ID int
}

type Store struct {
	mu         sync.Mutex
	files      []File
	photos     []Photo
	duplicates []string
}

func (s *Store) FirstFileByHash(hash string) (File, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.files {
		if f.Hash == hash {
			return f, true
		}
	}
	return File{}, false
}

func (s *Store) CreatePhotoWithFile(name, hash string) Photo {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := Photo{ID: len(s.photos) + 1}
	s.photos = append(s.photos, p)
	s.files = append(s.files, File{Name: name, Hash: hash, PhotoID: p.ID})
	return p
}

func (s *Store) AddDuplicate(name, hash string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.duplicates = append(s.duplicates, name+":"+hash)
}

type Index struct {
	store *Store
}

// UserMediaFile indexes one file; it is called by every index worker.
func (ind *Index) UserMediaFile(name, hash string) string {
	if _, found := ind.store.FirstFileByHash(hash); found {
		ind.store.AddDuplicate(name, hash)
		return "duplicate"
	}
	ind.store.CreatePhotoWithFile(name, hash) // Noncompliant
	return "added"
}

type indexJob struct {
	name string
	hash string
}

// Start runs the configured number of index workers.
func (ind *Index) Start(jobs <-chan indexJob, workers int) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				ind.UserMediaFile(j.name, j.hash)
			}
		}()
	}
	wg.Wait()
}
