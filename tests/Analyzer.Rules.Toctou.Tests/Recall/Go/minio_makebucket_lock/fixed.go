// https://github.com/minio/minio/pull/12999
package cmd

import (
	"context"
	"sync"
	"time"
)

type RWLocker interface {
	GetLock(ctx context.Context, timeout time.Duration) (context.Context, error)
	Unlock()
}

const globalOperationTimeout = 10 * time.Minute

const minioMetaTmpBucket = ".minio.sys/tmp"

type lockedServerPools struct {
	serverPools []erasureSets
	NewNSLock   func(bucket string, objects ...string) RWLocker
}

func (z *lockedServerPools) MakeBucketLocked(ctx context.Context, bucket string) error {
	// Lock the bucket name before creating.
	lk := z.NewNSLock(minioMetaTmpBucket, bucket+".lck")
	lkctx, err := lk.GetLock(ctx, globalOperationTimeout)
	if err != nil {
		return err
	}
	ctx = lkctx
	defer lk.Unlock()

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
				z.removeBucket(context.Background(), bucket, DeleteBucketOptions{NoRecreate: true})
			}
			return err
		}
	}
	return nil
}

func (z *lockedServerPools) removeBucket(ctx context.Context, bucket string, opts DeleteBucketOptions) error {
	for _, pool := range z.serverPools {
		if err := pool.DeleteBucket(ctx, bucket, opts); err != nil {
			return err
		}
	}
	return nil
}

func PutBucketHandlerLocked(ctx context.Context, z *lockedServerPools, bucket string) error {
	return z.MakeBucketLocked(ctx, bucket)
}
