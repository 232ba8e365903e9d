// https://github.com/zitadel/zitadel-go/issues/396
// Fixed version (pkg/client/client.go): every lazily created service client is stored in a
// Lazy[T]; Get runs the constructor inside sync.Once, so the value is built exactly once
// and published safely to all goroutines.
package client

import "sync"

type Lazy[T any] struct {
	once  sync.Once
	value T
}

func (l *Lazy[T]) Get(init func() T) T {
	l.once.Do(func() {
		l.value = init()
	})
	return l.value
}

type adminConn struct {
	target string
}

type AdminServiceClient interface {
	Healthz() string
}

type adminServiceClient struct {
	cc *adminConn
}

func (a *adminServiceClient) Healthz() string {
	return "ok " + a.cc.target
}

func NewAdminServiceClient(cc *adminConn) AdminServiceClient {
	return &adminServiceClient{cc: cc}
}

// SharedClient is safe to share between goroutines.
type SharedClient struct {
	connection   *adminConn
	adminService Lazy[AdminServiceClient]
}

func NewShared(target string) *SharedClient {
	return &SharedClient{connection: &adminConn{target: target}}
}

// AdminService returns the admin API client, creating it once.
func (c *SharedClient) AdminService() AdminServiceClient {
	return c.adminService.Get(func() AdminServiceClient {
		return NewAdminServiceClient(c.connection)
	})
}

func runSharedSubtests(c *SharedClient, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.AdminService().Healthz()
		}()
	}
	wg.Wait()
}
