// https://github.com/containerd/containerd/pull/1640 (issue https://github.com/containerd/containerd/issues/1639)
// Client.Pull stored the image record by calling Update() on the image service and, when
// that returned NotFound, Create(). Concurrent pulls of the same reference (cri-containerd
// pulls in several goroutines) all got NotFound and all called Create; every one but the
// first failed with "image ... already exists". Fix: Create first, Update on AlreadyExists.
package containerd

import (
	"context"
	"errors"
	"sync"
	"time"
)

var (
	ErrNotFound      = errors.New("not found")
	ErrAlreadyExists = errors.New("already exists")
)

type Image struct {
	Name      string
	Target    string
	UpdatedAt time.Time
}

// imageStore stands for the metadata image service (bolt DB, one transaction per call).
type imageStore struct {
	mu     sync.Mutex
	images map[string]Image
}

func (s *imageStore) Create(ctx context.Context, img Image) (Image, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.images[img.Name]; ok {
		return Image{}, ErrAlreadyExists
	}
	img.UpdatedAt = time.Now()
	s.images[img.Name] = img
	return img, nil
}

func (s *imageStore) Update(ctx context.Context, img Image) (Image, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.images[img.Name]; !ok {
		return Image{}, ErrNotFound
	}
	img.UpdatedAt = time.Now()
	s.images[img.Name] = img
	return img, nil
}

type Client struct {
	is *imageStore
}

func NewClient() *Client {
	return &Client{is: &imageStore{images: map[string]Image{}}}
}

func (c *Client) fetch(ctx context.Context, ref string) (string, error) {
	return "sha256:" + ref, nil
}

func (c *Client) Pull(ctx context.Context, ref string) (Image, error) {
	desc, err := c.fetch(ctx, ref)
	if err != nil {
		return Image{}, err
	}
	imgrec := Image{Name: ref, Target: desc}
	updated, err := c.is.Update(ctx, imgrec)
	if err == nil {
		return updated, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return Image{}, err
	}
	created, err := c.is.Create(ctx, imgrec) // Noncompliant
	if err != nil {
		return Image{}, err
	}
	return created, nil
}

// PullConcurrently mirrors the CRI stress test: the same image pulled by n goroutines.
func PullConcurrently(ctx context.Context, c *Client, ref string, n int) []error {
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
