// https://github.com/containers/storage/pull/898
// Fixed version: the Modified()+Load() pair is replaced by ReloadIfChanged(), which
// holds loadMut across the check and the reload, so readers sharing the read lock
// cannot reload the same store concurrently.
package storagereload

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
)

// storeLocker is the on-disk lock file shared between processes.
type storeLocker interface {
	RLock()
	Unlock()
	Modified() (bool, error)
}

type StoredImage struct {
	ID    string   `json:"id"`
	Names []string `json:"names,omitempty"`
}

type roImageStore struct {
	lockfile storeLocker
	dir      string
	loadMut  sync.Mutex
	images   []*StoredImage
	byid     map[string]*StoredImage
}

func (r *roImageStore) RLock()                  { r.lockfile.RLock() }
func (r *roImageStore) Unlock()                 { r.lockfile.Unlock() }
func (r *roImageStore) Modified() (bool, error) { return r.lockfile.Modified() }

func (r *roImageStore) load() error {
	data, err := os.ReadFile(filepath.Join(r.dir, "images.json"))
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	images := []*StoredImage{}
	ids := make(map[string]*StoredImage)
	if len(data) > 0 {
		if err := json.Unmarshal(data, &images); err != nil {
			return err
		}
	}
	for _, img := range images {
		ids[img.ID] = img
	}
	r.images = images
	r.byid = ids
	return nil
}

// ReloadIfChanged reloads the contents of the store from disk if it is changed.
func (r *roImageStore) ReloadIfChanged() error {
	r.loadMut.Lock()
	defer r.loadMut.Unlock()

	modified, err := r.Modified()
	if err == nil && modified {
		return r.load()
	}
	return err
}

func (r *roImageStore) List() []StoredImage {
	out := make([]StoredImage, len(r.images))
	for i := range r.images {
		out[i] = *r.images[i]
	}
	return out
}

type multiStore struct {
	imageStores []*roImageStore
}

func (s *multiStore) ListImages() ([]StoredImage, error) {
	var all []StoredImage
	for _, st := range s.imageStores {
		st.RLock()
		defer st.Unlock()
		if err := st.ReloadIfChanged(); err != nil {
			return nil, err
		}
		all = append(all, st.List()...)
	}
	return all, nil
}
