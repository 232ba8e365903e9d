// https://github.com/mholt/photobak/pull/5
// Download workers de-duplicate content by checksum; a map of checksum -> channel makes sure only
// one worker handles a given checksum at a time. If the checksum was taken, the worker waited on the
// channel, re-took the mutex and claimed the slot without looking at the map again, so a third
// worker that claimed it between the wake-up and the re-lock got overwritten and both proceeded.
// Fix: loop and re-check the map after waiting, claiming only when the slot is free.
package photobak

import "sync"

type itemDB struct {
	mu    sync.Mutex
	paths map[string]string
}

func (db *itemDB) pathWithChecksum(sum string) (string, bool) {
	db.mu.Lock()
	defer db.mu.Unlock()
	p, ok := db.paths[sum]
	return p, ok
}

func (db *itemDB) save(sum, path string) {
	db.mu.Lock()
	db.paths[sum] = path
	db.mu.Unlock()
}

type Repository struct {
	db              *itemDB
	itemChecksums   map[string]chan struct{}
	itemChecksumsMu sync.Mutex
	NumWorkers      int
}

func (r *Repository) saveItem(sum, path string) string {
	hashChan := make(chan struct{})
	r.itemChecksumsMu.Lock()
	if ch, taken := r.itemChecksums[sum]; taken {
		r.itemChecksumsMu.Unlock()
		<-ch
		r.itemChecksumsMu.Lock()
	}
	r.itemChecksums[sum] = hashChan
	r.itemChecksumsMu.Unlock()
	defer func() {
		r.itemChecksumsMu.Lock()
		delete(r.itemChecksums, sum)
		r.itemChecksumsMu.Unlock()
		close(hashChan)
	}()

	if existing, ok := r.db.pathWithChecksum(sum); ok {
		return existing
	}
	r.db.save(sum, path) // Noncompliant
	return path
}

// Download runs NumWorkers workers that save downloaded items concurrently.
func (r *Repository) Download(items map[string]string) {
	jobs := make(chan [2]string)
	var wg sync.WaitGroup
	for i := 0; i < r.NumWorkers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r.saveItem(j[0], j[1])
			}
		}()
	}
	for path, sum := range items {
		jobs <- [2]string{sum, path}
	}
	close(jobs)
	wg.Wait()
}
