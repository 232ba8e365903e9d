// https://github.com/bruin-data/ingestr/pull/1056
// Fixed version: a failed CreateNamespace is followed by a fresh existence check; if a concurrent
// writer created the namespace in the meantime the error is dropped, whatever catalog returned it.
package iceberg

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type nsIdentifier []string
type nsProperties map[string]string

var errNoSuchNs = errors.New("namespace does not exist")

type nsCatalog interface {
	CheckNamespaceExists(ctx context.Context, ns nsIdentifier) (bool, error)
	CreateNamespace(ctx context.Context, ns nsIdentifier, props nsProperties) error
}

type IcebergDestination struct {
	catalog         nsCatalog
	createNamespace bool
}

func (d *IcebergDestination) prepareNamespace(ctx context.Context, namespace nsIdentifier) error {
	if len(namespace) == 0 || !d.createNamespace {
		return nil
	}
	for i := 1; i <= len(namespace); i++ {
		current := namespace[:i]
		exists, err := d.catalog.CheckNamespaceExists(ctx, current)
		if err != nil && !errors.Is(err, errNoSuchNs) {
			return fmt.Errorf("iceberg: failed to check namespace %s: %w", strings.Join(current, "."), err)
		}
		if exists {
			continue
		}
		if err := d.catalog.CreateNamespace(ctx, current, nsProperties{}); err != nil {
			// Another writer may have created it between the check and the create.
			if nowExists, checkErr := d.catalog.CheckNamespaceExists(ctx, current); checkErr == nil && nowExists {
				continue
			}
			return fmt.Errorf("iceberg: failed to create namespace %s: %w", strings.Join(current, "."), err)
		}
	}
	return nil
}

func ingestAssets(ctx context.Context, d *IcebergDestination, tables []nsIdentifier) {
	var wg sync.WaitGroup
	for _, t := range tables {
		wg.Add(1)
		go func(t nsIdentifier) {
			defer wg.Done()
			_ = d.prepareNamespace(ctx, t[:len(t)-1])
		}(t)
	}
	wg.Wait()
}
