// https://github.com/cockroachdb/cockroach/pull/136785
// Fixed version: CompareAndSwap(false, true) lets exactly one BatchRequest win the right to
// close the channel.
package sqlccl

import (
	"context"
	"sync/atomic"
)

type fingerprintTestCAS struct {
	blocked    atomic.Bool
	exportSeen chan struct{}
}

func (f *fingerprintTestCAS) knobsCAS() testingKnobs {
	return testingKnobs{
		TestingRequestFilter: func(ctx context.Context, ba *BatchRequest) error {
			if !ba.HasExport {
				return nil
			}
			if f.blocked.CompareAndSwap(false, true) {
				close(f.exportSeen)
			}
			return nil
		},
	}
}

func newFingerprintTestCAS() *fingerprintTestCAS {
	return &fingerprintTestCAS{exportSeen: make(chan struct{})}
}
