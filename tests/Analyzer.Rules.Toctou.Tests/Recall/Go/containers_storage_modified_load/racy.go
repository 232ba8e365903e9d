// https://github.com/containers/storage/pull/898
// store.Images() held only the shared (read) lock of each image store and then ran
// `if Modified() { Load() }`. Many goroutines can hold the read lock together, so several
// can see Modified()==true and run Load() at once, replacing r.images/r.byid while other
// readers iterate them (issue #880: "index out of range" panic in podman/CRI-O).
// Fix: ReloadIfChanged() performs the Modified() check and the Load() under a loadMut.
package storagereload

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// Locker is the on-disk lock file shared between processes.
type Locker interface {
	Lock()
	RLock()
	Unlock()
	Touch() error
	Modified() (bool, error)
}

type Image struct {
	ID    string   `json:"id"`
	Names []string `json:"names,omitempty"`
}

type imageStore struct {
	lockfile Locker
	dir      string
	images   []*Image
	byid     map[string]*Image
}

func (r *imageStore) RLock()                  { r.lockfile.RLock() }
func (r *imageStore) Unlock()                 { r.lockfile.Unlock() }
func (r *imageStore) Modified() (bool, error) { return r.lockfile.Modified() }

func (r *imageStore) Load() error {
	data, err := os.ReadFile(filepath.Join(r.dir, "images.json"))
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	images := []*Image{}
	ids := make(map[string]*Image)
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

func (r *imageStore) Images() []Image {
	out := make([]Image, len(r.images))
	for i := range r.images {
		out[i] = *r.images[i]
	}
	return out
}

type store struct {
	imageStores []*imageStore
}

// Images is called concurrently by API handlers sharing one store instance.
func (s *store) Images() ([]Image, error) {
	var all []Image
	for _, st := range s.imageStores {
		st.RLock()
		defer st.Unlock()
		if modified, err := st.Modified(); modified || err != nil {
			if err = st.Load(); err != nil { // Noncompliant
				return nil, err
			}
		}
		all = append(all, st.Images()...)
	}
	return all, nil
}
