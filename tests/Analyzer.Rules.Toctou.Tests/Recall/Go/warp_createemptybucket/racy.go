// https://github.com/minio/warp/issues/31 (fix: https://github.com/minio/warp/pull/33)
// In distributed mode every warp client ran createEmptyBucket: BucketExists, and if the bucket was
// missing, MakeBucket, with any error fatal. Two clients could both see "missing" and the loser's
// MakeBucket failed ("you already own it"), aborting the run. The fix checks again after a failed
// MakeBucket and only fails if the bucket still does not exist.
package bench

import (
	"context"
	"log"
)

// objectAPI stands in for the *minio.Client calls used here (each one is a request to the server).
type objectAPI interface {
	BucketExists(bucket string) (bool, error)
	MakeBucket(bucket, location string) error
	ListObjects(ctx context.Context, bucket string) ([]string, error)
	RemoveObject(ctx context.Context, bucket, key string) error
}

type Benchmark interface {
	Prepare(ctx context.Context)
	Start(ctx context.Context, sync chan struct{})
	Cleanup(ctx context.Context)
}

// Common contains common benchmark parameters.
type Common struct {
	Client      objectAPI
	Concurrency int
	Bucket      string
	Location    string
}

// createEmptyBucket will create an empty bucket
// or delete all content if it already exists.
func (c *Common) createEmptyBucket(ctx context.Context) {
	x, err := c.Client.BucketExists(c.Bucket)
	if err != nil {
		log.Fatal(err)
	}
	if !x {
		err = c.Client.MakeBucket(c.Bucket, c.Location) // Noncompliant
		if err != nil {
			log.Fatal(err)
		}
		return
	}
	c.deleteAllInBucket(ctx)
}

// deleteAllInBucket will delete all content in a bucket.
func (c *Common) deleteAllInBucket(ctx context.Context) {
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

// Get benchmarks object downloads; every client of a distributed run prepares it.
type Get struct {
	Common
}

// Prepare creates the bucket the benchmark reads from.
func (g *Get) Prepare(ctx context.Context) {
	g.createEmptyBucket(ctx)
}
