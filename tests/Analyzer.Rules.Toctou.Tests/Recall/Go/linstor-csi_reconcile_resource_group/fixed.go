// https://github.com/piraeusdatastore/linstor-csi/pull/465
// Fixed version: the Create call still follows the Get, but a FailExistsRscGrp answer (another
// CreateVolume created the group first) is treated as success so parallel provisioning converges.
package client

import (
	"context"
	"errors"
	"fmt"
)

var errRgNotFound = errors.New("404 Not Found")

// ApiCallRcErr mirrors golinstor's return-code error matched with errors.Is.
type ApiCallRcErr uint64

func (e ApiCallRcErr) Error() string { return fmt.Sprintf("linstor api call rc %#x", uint64(e)) }

const FailExistsRscGrp ApiCallRcErr = 0xc000000000000000 | 1029

type linstorResourceGroup struct {
	Name         string
	SelectFilter map[string]string
}

type rgProvider interface {
	Get(ctx context.Context, name string) (linstorResourceGroup, error)
	Create(ctx context.Context, rg linstorResourceGroup) error
}

type csiVolume struct {
	ID            string
	ResourceGroup string
	Params        map[string]string
}

type LinstorBackend struct {
	resourceGroups rgProvider
}

func (s *LinstorBackend) ensureResourceGroup(ctx context.Context, vol *csiVolume) (*linstorResourceGroup, error) {
	rg, err := s.resourceGroups.Get(ctx, vol.ResourceGroup)
	if err == nil {
		return &rg, nil
	}
	if !errors.Is(err, errRgNotFound) {
		return nil, err
	}

	rg = linstorResourceGroup{Name: vol.ResourceGroup, SelectFilter: vol.Params}
	err = s.resourceGroups.Create(ctx, rg)
	if errors.Is(err, FailExistsRscGrp) {
		// Another CreateVolume call created it first.
		return &rg, nil
	}
	if err != nil {
		return nil, fmt.Errorf("failed to create resource group %s: %w", rg.Name, err)
	}
	return &rg, nil
}

func (s *LinstorBackend) CreateVolume(ctx context.Context, vol *csiVolume) error {
	if _, err := s.ensureResourceGroup(ctx, vol); err != nil {
		return err
	}
	return nil
}
