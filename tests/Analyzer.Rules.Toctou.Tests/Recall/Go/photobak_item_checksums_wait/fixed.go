// https://github.com/mholt/photobak/pull/5
package photobak

import "sync"

type Repo struct {
	db              *itemDB
	itemChecksums   map[string]chan struct{}
	itemChecksumsMu sync.Mutex
	NumWorkers      int
}

func (r *Repo) storeItem(sum, path string) string {
	hashChan := make(chan struct{})
	for {
		r.itemChecksumsMu.Lock()
		if ch, taken := r.itemChecksums[sum]; taken {
			// another worker holds this checksum; wait, then look again
			r.itemChecksumsMu.Unlock()
			<-ch
		} else {
			r.itemChecksums[sum] = hashChan
			r.itemChecksumsMu.Unlock()
			break
		}
	}
	defer func() {
		r.itemChecksumsMu.Lock()
		delete(r.itemChecksums, sum)
		r.itemChecksumsMu.Unlock()
		close(hashChan)
	}()

	if existing, ok := r.db.pathWithChecksum(sum); ok {
		return existing
	}
	r.db.save(sum, path)
	return path
}

func (r *Repo) DownloadAll(items map[string]string) {
	jobs := make(chan [2]string)
	var wg sync.WaitGroup
	for i := 0; i < r.NumWorkers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r.storeItem(j[0], j[1])
			}
		}()
	}
	for path, sum := range items {
		jobs <- [2]string{sum, path}
	}
	close(jobs)
	wg.Wait()
}
