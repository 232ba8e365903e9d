// https://github.com/kubescape/kubescape/pull/3445
// Issue #3444: KubescapeMcpserver.getPolicyGetter() lazily created the policy downloader with an
// unguarded `if ksServer.policyGetter == nil { ksServer.policyGetter = New...() }`. Every
// scan-triggering MCP tool reaches it from its own goroutine, so concurrent calls race (go test
// -race) and can build two getters. The fix guards it with a mutex, like its sibling lazy fields.
package mcpserver

import (
	"context"
	"sync"
)

type DownloadReleasedPolicy struct {
	cache map[string][]byte
}

func NewDownloadReleasedPolicy() *DownloadReleasedPolicy {
	return &DownloadReleasedPolicy{cache: make(map[string][]byte)}
}

type Weighted struct{ n int64 }

type KubescapeMcpserver struct {
	k8sClientMu  sync.Mutex
	k8sClient    *struct{}
	policyGetter *DownloadReleasedPolicy
	scanSemMu    sync.Mutex
	scanSem      *Weighted
}

func (ksServer *KubescapeMcpserver) getScanSem() *Weighted {
	ksServer.scanSemMu.Lock()
	defer ksServer.scanSemMu.Unlock()
	if ksServer.scanSem == nil {
		ksServer.scanSem = &Weighted{n: 2}
	}
	return ksServer.scanSem
}

func (ksServer *KubescapeMcpserver) getPolicyGetter() *DownloadReleasedPolicy {
	if ksServer.policyGetter == nil {
		ksServer.policyGetter = NewDownloadReleasedPolicy() // Noncompliant
	}
	return ksServer.policyGetter
}

// runScan is called by every scan tool handler; the MCP server runs each handler on its own goroutine.
func (ksServer *KubescapeMcpserver) runScan(ctx context.Context, controls []string) error {
	_ = ksServer.getScanSem()
	getter := ksServer.getPolicyGetter()
	for _, c := range controls {
		_ = getter.cache[c]
	}
	return ctx.Err()
}

func serveTools(ksServer *KubescapeMcpserver) {
	for i := 0; i < 4; i++ {
		go func() { _ = ksServer.runScan(context.Background(), []string{"C-0035"}) }()
	}
}
