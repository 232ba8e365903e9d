// https://github.com/piraeusdatastore/linstor-csi/pull/465
// CreateVolume reconciled the LINSTOR resource group with "get, then create": if Get returned
// NotFound it called Create. Concurrent CreateVolume gRPC calls for PVCs of one StorageClass
// share a resource group, so both saw NotFound and the loser's Create failed with "already
// exists", failing the whole request. Fix: treat the FailExistsRscGrp return code as success.
package client

import (
	"context"
	"errors"
	"fmt"
)

var errNotFound = errors.New("404 Not Found")

type ResourceGroup struct {
	Name         string
	SelectFilter map[string]string
}

type ResourceGroupProvider interface {
	Get(ctx context.Context, name string) (ResourceGroup, error)
	Create(ctx context.Context, rg ResourceGroup) error
}

type Volume struct {
	ID            string
	ResourceGroup string
	Params        map[string]string
}

type Linstor struct {
	resourceGroups ResourceGroupProvider
}

func (s *Linstor) reconcileResourceGroup(ctx context.Context, vol *Volume) (*ResourceGroup, error) {
	rg, err := s.resourceGroups.Get(ctx, vol.ResourceGroup)
	if err == nil {
		return &rg, nil
	}
	if !errors.Is(err, errNotFound) {
		return nil, err
	}

	rg = ResourceGroup{Name: vol.ResourceGroup, SelectFilter: vol.Params}
	if err := s.resourceGroups.Create(ctx, rg); err != nil { // Noncompliant
		return nil, fmt.Errorf("failed to create resource group %s: %w", rg.Name, err)
	}
	return &rg, nil
}

// Create is reached from the CSI controller's CreateVolume RPC; the external provisioner
// issues one RPC per pending PVC, in parallel.
func (s *Linstor) Create(ctx context.Context, vol *Volume) error {
	if _, err := s.reconcileResourceGroup(ctx, vol); err != nil {
		return err
	}
	return nil
}
