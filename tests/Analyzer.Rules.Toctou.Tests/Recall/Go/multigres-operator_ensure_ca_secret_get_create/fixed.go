// https://github.com/multigres/multigres-operator/pull/265
// Fixed version: when Create reports AlreadyExists another reconciler won the race, so the
// function starts over and reads the existing Secret instead of failing (bounded retries).
package cert

import (
	"context"
	"errors"
	"fmt"
)

const maxEnsureDepth = 3

type PKIManager struct {
	Client       SecretClient
	Namespace    string
	CASecretName string
}

func (m *PKIManager) SyncShard(ctx context.Context) error {
	_, err := m.ensureAuthority(ctx, 0)
	return err
}

func (m *PKIManager) ensureAuthority(ctx context.Context, depth int) (*CAArtifacts, error) {
	if depth >= maxEnsureDepth {
		return nil, fmt.Errorf("failed to ensure CA secret %q after %d attempts", m.CASecretName, depth)
	}
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
		if err := m.Client.Create(ctx, secret); err != nil {
			if errors.Is(err, ErrAlreadyExists) {
				return m.ensureAuthority(ctx, depth+1)
			}
			return nil, fmt.Errorf("failed to create CA secret: %w", err)
		}
		return artifacts, nil
	}
	return ParseCA(secret.Data["ca.crt"], secret.Data["ca.key"])
}
