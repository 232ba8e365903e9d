// https://github.com/multigres/multigres-operator/pull/265
// ensureCA read the CA Secret through the controller client and, on NotFound, generated a new
// CA and created the Secret. Several reconcilers ensure certificates for the same shard at the
// same time (e.g. after an operator restart), so two of them can both see NotFound; one Create
// wins and the other fails with AlreadyExists, which surfaced as CertError warnings on every
// requeue. The fix treats AlreadyExists as "someone else created it" and re-runs ensureCA, which
// reads the winner's Secret (bounded by a recursion depth).
package cert

import (
	"context"
	"errors"
	"fmt"
)

var (
	ErrNotFound      = errors.New("not found")
	ErrAlreadyExists = errors.New("already exists")
)

type Secret struct {
	Namespace string
	Name      string
	Data      map[string][]byte
}

// SecretClient is the (cached) Kubernetes client shared by all reconcile workers.
type SecretClient interface {
	Get(ctx context.Context, namespace, name string) (*Secret, error)
	Create(ctx context.Context, s *Secret) error
}

type CAArtifacts struct {
	CertPEM []byte
	KeyPEM  []byte
}

func GenerateCA() (*CAArtifacts, error) { return &CAArtifacts{CertPEM: []byte("c"), KeyPEM: []byte("k")}, nil }

func ParseCA(cert, key []byte) (*CAArtifacts, error) { return &CAArtifacts{CertPEM: cert, KeyPEM: key}, nil }

type CertRotator struct {
	Client       SecretClient
	Namespace    string
	CASecretName string
}

// ReconcileShard is called by controller-runtime workers; several shards of one cluster
// share the CA Secret and are reconciled in parallel.
func (m *CertRotator) ReconcileShard(ctx context.Context) error {
	_, err := m.ensureCA(ctx)
	return err
}

func (m *CertRotator) ensureCA(ctx context.Context) (*CAArtifacts, error) {
	secret, err := m.Client.Get(ctx, m.Namespace, m.CASecretName)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("failed to get CA secret: %w", err)
		}
		artifacts, err := GenerateCA()
		if err != nil {
			return nil, fmt.Errorf("failed to generate CA: %w", err)
		}
		secret = &Secret{
			Namespace: m.Namespace,
			Name:      m.CASecretName,
			Data:      map[string][]byte{"ca.crt": artifacts.CertPEM, "ca.key": artifacts.KeyPEM},
		}
		if err := m.Client.Create(ctx, secret); err != nil { // Noncompliant
			return nil, fmt.Errorf("failed to create CA secret: %w", err)
		}
		return artifacts, nil
	}
	return ParseCA(secret.Data["ca.crt"], secret.Data["ca.key"])
}
