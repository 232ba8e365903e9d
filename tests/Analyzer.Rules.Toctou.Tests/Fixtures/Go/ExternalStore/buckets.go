package externalstore

// bucketAPI stands in for an object-store client: each call is a request to a server that other clients use too.
type bucketAPI interface {
	BucketExists(bucket string) (bool, error)
	MakeBucket(bucket string) error
}

// A name that ends in Exists asks, and Make makes. prepareBucket is unexported, but Prepare, which code outside the
// package calls, calls it: another client can make the bucket between the two calls. ensureBucket looks again when
// the make fails and takes a bucket another client made first as made.
type bucketBench struct {
	client bucketAPI
	bucket string
}

func (b *bucketBench) Prepare() error {
	if err := b.prepareBucket(); err != nil {
		return err
	}
	return b.ensureBucket()
}

func (b *bucketBench) prepareBucket() error {
	found, err := b.client.BucketExists(b.bucket) // Secondary [check]
	if err != nil || found {
		return err
	}
	return b.client.MakeBucket(b.bucket) // Noncompliant [TOCTOU002] {{BucketExists() on b.client at line 25 decides MakeBucket() on the same store at line 29; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}

func (b *bucketBench) ensureBucket() error {
	found, err := b.client.BucketExists(b.bucket)
	if err != nil || found {
		return err
	}
	err = b.client.MakeBucket(b.bucket)
	if err != nil {
		if found, again := b.client.BucketExists(b.bucket); again == nil && found {
			return nil
		}
	}
	return err
}

// The same look again, with the make's error bound in the if that tests it.
func (b *bucketBench) EnsureBucketInline() error {
	found, err := b.client.BucketExists(b.bucket)
	if err != nil || found {
		return err
	}
	if err := b.client.MakeBucket(b.bucket); err != nil {
		if found, again := b.client.BucketExists(b.bucket); again == nil && found {
			return nil
		}
		return err
	}
	return nil
}
