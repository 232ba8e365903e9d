// https://github.com/crossplane/crossplane/pull/5892
// Issue #5456 ("certificate signed by unknown authority Crossplane"): the init step of every
// Crossplane pod reads the crossplane-root-ca Secret, and if it is empty generates a new CA and
// writes it with controllerutil.CreateOrUpdate. CreateOrUpdate re-reads the Secret and its mutate
// func overwrites whatever is there, so a pod that generated its CA a bit later replaces the CA
// another pod already stored and used to sign the server/client certs. The fix writes with plain
// Create (AlreadyExists) or Update on the object from the first Get (resourceVersion conflict).
package initializer

import (
	"context"
	"errors"
)

var ErrNotFound = errors.New("not found")

type NamespacedName struct{ Namespace, Name string }

type Secret struct {
	Namespace, Name string
	ResourceVersion string
	Data            map[string][]byte
}

// Client is the controller-runtime client used by the init container; every replica
// (and every restarted pod) talks to the same API server.
type Client interface {
	Get(ctx context.Context, nn NamespacedName, s *Secret) error
	Create(ctx context.Context, s *Secret) error
	Update(ctx context.Context, s *Secret) error
}

// CreateOrUpdate mirrors controllerutil.CreateOrUpdate: get the latest object, mutate, write.
func CreateOrUpdate(ctx context.Context, c Client, s *Secret, mutate func() error) error {
	err := c.Get(ctx, NamespacedName{s.Namespace, s.Name}, s)
	if errors.Is(err, ErrNotFound) {
		if err := mutate(); err != nil {
			return err
		}
		return c.Create(ctx, s)
	}
	if err != nil {
		return err
	}
	if err := mutate(); err != nil {
		return err
	}
	return c.Update(ctx, s)
}

type CertificateSigner struct{ keyPEM, certPEM []byte }

type TLSCertificateGenerator struct {
	generateCA func() (key, cert []byte, err error)
}

func (e *TLSCertificateGenerator) loadOrGenerateCA(ctx context.Context, kube Client, nn NamespacedName) (*CertificateSigner, error) {
	caSecret := &Secret{}
	err := kube.Get(ctx, nn, caSecret)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if err == nil {
		kd, cd := caSecret.Data["tls.key"], caSecret.Data["tls.crt"]
		if len(kd) != 0 && len(cd) != 0 {
			return &CertificateSigner{keyPEM: kd, certPEM: cd}, nil
		}
	}

	caKey, caCrt, err := e.generateCA()
	if err != nil {
		return nil, err
	}
	caSecret.Name, caSecret.Namespace = nn.Name, nn.Namespace
	err = CreateOrUpdate(ctx, kube, caSecret, func() error { // Noncompliant
		caSecret.Data = map[string][]byte{"tls.crt": caCrt, "tls.key": caKey}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &CertificateSigner{keyPEM: caKey, certPEM: caCrt}, nil
}
