// https://github.com/bruin-data/ingestr/pull/1056
// ensureNamespace asked the Iceberg catalog whether each namespace level exists and created it
// when it did not. Two assets loading into one new namespace both passed the check; the loser's
// CreateNamespace hit the row the winner inserted (the sql catalog returns a duplicate-key error,
// not ErrNamespaceAlreadyExists). Fix: when create fails, re-check existence and carry on if present.
package iceberg

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Identifier []string
type Properties map[string]string

var ErrNoSuchNamespace = errors.New("namespace does not exist")
var ErrNamespaceAlreadyExists = errors.New("namespace already exists")

type Catalog interface {
	CheckNamespaceExists(ctx context.Context, ns Identifier) (bool, error)
	CreateNamespace(ctx context.Context, ns Identifier, props Properties) error
}

type Destination struct {
	catalog         Catalog
	createNamespace bool
}

func (d *Destination) ensureNamespace(ctx context.Context, namespace Identifier) error {
	if len(namespace) == 0 || !d.createNamespace {
		return nil
	}
	for i := 1; i <= len(namespace); i++ {
		current := namespace[:i]
		exists, err := d.catalog.CheckNamespaceExists(ctx, current)
		if err != nil && !errors.Is(err, ErrNoSuchNamespace) {
			return fmt.Errorf("iceberg: failed to check namespace %s: %w", strings.Join(current, "."), err)
		}
		if exists {
			continue
		}
		if err := d.catalog.CreateNamespace(ctx, current, Properties{}); err != nil && !errors.Is(err, ErrNamespaceAlreadyExists) { // Noncompliant
			return fmt.Errorf("iceberg: failed to create namespace %s: %w", strings.Join(current, "."), err)
		}
	}
	return nil
}

// Assets of one pipeline run are ingested in parallel, each preparing its destination table.
func runAssets(ctx context.Context, d *Destination, tables []Identifier) {
	var wg sync.WaitGroup
	for _, t := range tables {
		wg.Add(1)
		go func(t Identifier) {
			defer wg.Done()
			_ = d.ensureNamespace(ctx, t[:len(t)-1])
		}(t)
	}
	wg.Wait()
}
