// https://github.com/cockroachdb/cockroach/pull/136785
// TestShowTenantFingerprintsProtectsTimestamp used an atomic flag so that a testing-knob callback,
// run for every BatchRequest, closes a channel only once: it did Load, then Store(true), then close.
// Concurrent BatchRequests could both see false and both close the channel (panic: close of closed
// channel). Fix: replace load-plus-store with CompareAndSwap(false, true).
package sqlccl

import (
	"context"
	"sync/atomic"
)

type BatchRequest struct {
	HasExport bool
}

type testingKnobs struct {
	TestingRequestFilter func(ctx context.Context, ba *BatchRequest) error
}

type fingerprintTest struct {
	blocked    atomic.Bool
	exportSeen chan struct{}
}

// knobs returns the request filter; the KV layer invokes it from many goroutines, one per
// in-flight BatchRequest.
func (f *fingerprintTest) knobs() testingKnobs {
	return testingKnobs{
		TestingRequestFilter: func(ctx context.Context, ba *BatchRequest) error {
			if !ba.HasExport {
				return nil
			}
			if !f.blocked.Load() {
				f.blocked.Store(true)
				close(f.exportSeen) // Noncompliant
			}
			return nil
		},
	}
}

func newFingerprintTest() *fingerprintTest {
	return &fingerprintTest{exportSeen: make(chan struct{})}
}
