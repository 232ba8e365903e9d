// https://github.com/crossplane/crossplane/pull/5892
// Fixed version: the CA Secret is written with Create when the first Get found nothing
// (fails with AlreadyExists if another pod created it meanwhile) or with Update on the object
// returned by that Get (fails with a resourceVersion conflict if it changed). The losing pod
// errors out and retries, then loads the CA the winner stored instead of replacing it.
package initializer

import (
	"context"
	"errors"
)

var errSecretMissing = errors.New("not found")

type secretKey struct{ Namespace, Name string }

type tlsSecret struct {
	Namespace, Name string
	ResourceVersion string
	Data            map[string][]byte
}

type kubeClient interface {
	Get(ctx context.Context, key secretKey, s *tlsSecret) error
	Create(ctx context.Context, s *tlsSecret) error // AlreadyExists if present
	Update(ctx context.Context, s *tlsSecret) error // Conflict if ResourceVersion is stale
}

type caSigner struct{ keyPEM, certPEM []byte }

type caBootstrapper struct {
	makeCA func() (key, cert []byte, err error)
}

func (b *caBootstrapper) ensureRootCA(ctx context.Context, kube kubeClient, key secretKey) (*caSigner, error) {
	caSecret := &tlsSecret{}
	err := kube.Get(ctx, key, caSecret)
	if err != nil && !errors.Is(err, errSecretMissing) {
		return nil, err
	}
	create := true
	if err == nil {
		create = false
		kd, cd := caSecret.Data["tls.key"], caSecret.Data["tls.crt"]
		if len(kd) != 0 && len(cd) != 0 {
			return &caSigner{keyPEM: kd, certPEM: cd}, nil
		}
	}

	caKey, caCrt, err := b.makeCA()
	if err != nil {
		return nil, err
	}
	caSecret.Name, caSecret.Namespace = key.Name, key.Namespace
	caSecret.Data = map[string][]byte{"tls.crt": caCrt, "tls.key": caKey}
	if create {
		err = kube.Create(ctx, caSecret)
	} else {
		err = kube.Update(ctx, caSecret)
	}
	if err != nil {
		return nil, err
	}
	return &caSigner{keyPEM: caKey, certPEM: caCrt}, nil
}
