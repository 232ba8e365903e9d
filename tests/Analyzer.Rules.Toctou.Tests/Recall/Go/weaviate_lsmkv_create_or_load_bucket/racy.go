// https://github.com/weaviate/weaviate/pull/4433 (follow-up https://github.com/weaviate/weaviate/pull/4422)
// Store.CreateOrLoadBucket returned early when Bucket(name) (read lock) found the bucket,
// otherwise it opened a new Bucket on the bucket's directory and registered it with
// setBucket (write lock). Weaviate found in testing that CreateOrLoadBucket can be called
// concurrently for the same name; both callers then miss, both open the same directory, and
// the second registration replaces the first while the orphaned bucket keeps its files and
// background cycles. The fix serialises creation with a per-bucket-name mutex and performs
// the existence check and the creation while holding it.
package lsmkv

import (
	"context"
	"path"
	"sync"
)

type Bucket struct{ dir string }

func NewBucket(ctx context.Context, dir string) (*Bucket, error) {
	// opens segments, WAL and starts flush/compaction cycles for dir
	return &Bucket{dir: dir}, nil
}

type Store struct {
	rootDir          string
	bucketAccessLock sync.RWMutex
	bucketsByName    map[string]*Bucket
}

func (s *Store) Bucket(name string) *Bucket {
	s.bucketAccessLock.RLock()
	defer s.bucketAccessLock.RUnlock()
	return s.bucketsByName[name]
}

// CreateOrLoadBucket is called from shard/index initialisation, which can run concurrently.
func (s *Store) CreateOrLoadBucket(ctx context.Context, bucketName string) error {
	if b := s.Bucket(bucketName); b != nil {
		return nil
	}

	b, err := NewBucket(ctx, path.Join(s.rootDir, bucketName))
	if err != nil {
		return err
	}

	s.setBucket(bucketName, b) // Noncompliant
	return nil
}

func (s *Store) setBucket(name string, b *Bucket) {
	s.bucketAccessLock.Lock()
	defer s.bucketAccessLock.Unlock()
	s.bucketsByName[name] = b
}
