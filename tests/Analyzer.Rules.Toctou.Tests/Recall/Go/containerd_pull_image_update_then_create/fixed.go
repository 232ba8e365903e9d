// https://github.com/containerd/containerd/pull/1640 (issue https://github.com/containerd/containerd/issues/1639)
// Fixed version: Create is tried first, so the store decides atomically which pull creates
// the record; the others get AlreadyExists and update the existing record instead.
package containerd

import (
	"context"
	"errors"
	"sync"
	"time"
)

var (
	errRecordNotFound = errors.New("not found")
	errRecordExists   = errors.New("already exists")
)

type ImageRecord struct {
	Name      string
	Target    string
	UpdatedAt time.Time
}

type recordStore struct {
	mu     sync.Mutex
	images map[string]ImageRecord
}

func (s *recordStore) Create(ctx context.Context, img ImageRecord) (ImageRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.images[img.Name]; ok {
		return ImageRecord{}, errRecordExists
	}
	img.UpdatedAt = time.Now()
	s.images[img.Name] = img
	return img, nil
}

func (s *recordStore) Update(ctx context.Context, img ImageRecord) (ImageRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.images[img.Name]; !ok {
		return ImageRecord{}, errRecordNotFound
	}
	img.UpdatedAt = time.Now()
	s.images[img.Name] = img
	return img, nil
}

type PullClient struct {
	is *recordStore
}

func NewPullClient() *PullClient {
	return &PullClient{is: &recordStore{images: map[string]ImageRecord{}}}
}

func (c *PullClient) fetch(ctx context.Context, ref string) (string, error) {
	return "sha256:" + ref, nil
}

func (c *PullClient) Pull(ctx context.Context, ref string) (ImageRecord, error) {
	desc, err := c.fetch(ctx, ref)
	if err != nil {
		return ImageRecord{}, err
	}
	imgrec := ImageRecord{Name: ref, Target: desc}
	created, err := c.is.Create(ctx, imgrec)
	if err == nil {
		return created, nil
	}
	if !errors.Is(err, errRecordExists) {
		return ImageRecord{}, err
	}
	updated, err := c.is.Update(ctx, imgrec)
	if err != nil {
		return ImageRecord{}, err
	}
	return updated, nil
}

func PullInParallel(ctx context.Context, c *PullClient, ref string, n int) []error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, errs[i] = c.Pull(ctx, ref)
		}(i)
	}
	wg.Wait()
	return errs
}
