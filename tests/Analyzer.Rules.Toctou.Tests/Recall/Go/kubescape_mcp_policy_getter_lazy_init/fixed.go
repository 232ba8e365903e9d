// https://github.com/kubescape/kubescape/pull/3445
// Fixed version: the policy getter gets its own mutex, and the nil check and the assignment
// happen while holding it, the same way getScanSem and getK8sClient already work.
package mcpserver

import (
	"context"
	"sync"
)

type GuardedMcpserver struct {
	policyGetterMu sync.Mutex
	policyGetter   *DownloadReleasedPolicy
	scanSemMu      sync.Mutex
	scanSem        *Weighted
}

func (ksServer *GuardedMcpserver) getScanSem() *Weighted {
	ksServer.scanSemMu.Lock()
	defer ksServer.scanSemMu.Unlock()
	if ksServer.scanSem == nil {
		ksServer.scanSem = &Weighted{n: 2}
	}
	return ksServer.scanSem
}

func (ksServer *GuardedMcpserver) getPolicyGetter() *DownloadReleasedPolicy {
	ksServer.policyGetterMu.Lock()
	defer ksServer.policyGetterMu.Unlock()
	if ksServer.policyGetter == nil {
		ksServer.policyGetter = NewDownloadReleasedPolicy()
	}
	return ksServer.policyGetter
}

// runScan is called by every scan tool handler; the MCP server runs each handler on its own goroutine.
func (ksServer *GuardedMcpserver) runScan(ctx context.Context, controls []string) error {
	_ = ksServer.getScanSem()
	getter := ksServer.getPolicyGetter()
	for _, c := range controls {
		_ = getter.cache[c]
	}
	return ctx.Err()
}

func serveGuardedTools(ksServer *GuardedMcpserver) {
	for i := 0; i < 4; i++ {
		go func() { _ = ksServer.runScan(context.Background(), []string{"C-0035"}) }()
	}
}
