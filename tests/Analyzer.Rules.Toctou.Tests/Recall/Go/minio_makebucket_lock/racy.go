// https://github.com/minio/minio/pull/12999
// MakeBucketWithLocation created the bucket volume on every pool in parallel and, when a
// pool answered with anything but BucketExists, rolled back by deleting the bucket. Two
// concurrent CreateBucket calls for one name split the disks, both lost quorum and both
// deleted the bucket (0 of 2 succeeded). Fix: take the namespace lock on the bucket name
// for the whole create-or-rollback sequence.
package cmd

import (
	"context"
	"errors"
	"sync"
)

type BucketExists struct{ Bucket string }

func (e BucketExists) Error() string { return "bucket exists: " + e.Bucket }

var errVolumeExists = errors.New("volume already exists")

type DeleteBucketOptions struct{ Force, NoRecreate bool }

type erasureSets interface {
	MakeBucketWithLocation(ctx context.Context, bucket string) error
	DeleteBucket(ctx context.Context, bucket string, opts DeleteBucketOptions) error
}

type erasureServerPools struct {
	serverPools []erasureSets
}

func (z *erasureServerPools) MakeBucketWithLocation(ctx context.Context, bucket string) error {
	errs := make([]error, len(z.serverPools))
	var wg sync.WaitGroup
	for i := range z.serverPools {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = z.serverPools[i].MakeBucketWithLocation(ctx, bucket)
		}(i)
	}
	wg.Wait()

	for _, err := range errs {
		if err != nil {
			if _, ok := err.(BucketExists); !ok {
				z.DeleteBucket(context.Background(), bucket, DeleteBucketOptions{NoRecreate: true}) // Noncompliant
			}
			return err
		}
	}
	return nil
}

func (z *erasureServerPools) DeleteBucket(ctx context.Context, bucket string, opts DeleteBucketOptions) error {
	for _, pool := range z.serverPools {
		if err := pool.DeleteBucket(ctx, bucket, opts); err != nil {
			return err
		}
	}
	return nil
}

// PutBucketHandler is served concurrently for every S3 CreateBucket request.
func PutBucketHandler(ctx context.Context, z *erasureServerPools, bucket string) error {
	return z.MakeBucketWithLocation(ctx, bucket)
}
