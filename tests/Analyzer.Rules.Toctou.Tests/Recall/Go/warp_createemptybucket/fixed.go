// https://github.com/minio/warp/issues/31 (fix: https://github.com/minio/warp/pull/33)
// Fixed version: if MakeBucket fails, another client may have created the bucket first, so the
// bucket is checked again and the original error is only reported if it still does not exist.
package bench

import (
	"context"
	"log"
)

// storeAPI stands in for the *minio.Client calls used here (each one is a request to the server).
type storeAPI interface {
	BucketExists(bucket string) (bool, error)
	MakeBucket(bucket, location string) error
	ListObjects(ctx context.Context, bucket string) ([]string, error)
	RemoveObject(ctx context.Context, bucket, key string) error
}

type Workload interface {
	Prepare(ctx context.Context)
	Start(ctx context.Context, sync chan struct{})
	Cleanup(ctx context.Context)
}

// Shared contains common benchmark parameters.
type Shared struct {
	Client      storeAPI
	Concurrency int
	Bucket      string
	Location    string
}

// ensureEmptyBucket will create an empty bucket
// or delete all content if it already exists.
func (c *Shared) ensureEmptyBucket(ctx context.Context) {
	x, err := c.Client.BucketExists(c.Bucket)
	if err != nil {
		log.Fatal(err)
	}
	if !x {
		err := c.Client.MakeBucket(c.Bucket, c.Location)
		// In client mode someone else may have created it first; check if it exists now.
		if err != nil {
			x, err2 := c.Client.BucketExists(c.Bucket)
			if err2 != nil {
				log.Fatal(err2)
			}
			if !x {
				// It still doesn't exist, report the original error.
				log.Fatal(err)
			}
		}
		return
	}
	c.emptyBucket(ctx)
}

// emptyBucket will delete all content in a bucket.
func (c *Shared) emptyBucket(ctx context.Context) {
	keys, err := c.Client.ListObjects(ctx, c.Bucket)
	if err != nil {
		log.Fatal(err)
	}
	for _, k := range keys {
		if err := c.Client.RemoveObject(ctx, c.Bucket, k); err != nil {
			log.Fatal(err)
		}
	}
}

// Put benchmarks object uploads; every client of a distributed run prepares it.
type Put struct {
	Shared
}

// Prepare creates the bucket the benchmark writes to.
func (p *Put) Prepare(ctx context.Context) {
	p.ensureEmptyBucket(ctx)
}
