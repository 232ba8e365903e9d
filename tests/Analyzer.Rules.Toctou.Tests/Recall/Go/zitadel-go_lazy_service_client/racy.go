// https://github.com/zitadel/zitadel-go/issues/396
// Client.SystemService() created the gRPC service client lazily with an unguarded nil
// check followed by an assignment, so a Client shared by parallel goroutines built it
// several times and wrote the field while others read it.
// Fix: every service field became a Lazy[T] whose Get uses sync.Once.
package client

import "sync"

type grpcConn struct {
	target string
}

type SystemServiceClient interface {
	ListInstances() []string
}

type systemServiceClient struct {
	cc *grpcConn
}

func (s *systemServiceClient) ListInstances() []string {
	return []string{s.cc.target}
}

func NewSystemServiceClient(cc *grpcConn) SystemServiceClient {
	return &systemServiceClient{cc: cc}
}

// Client is documented to be created once and reused.
type Client struct {
	connection    *grpcConn
	systemService SystemServiceClient
}

func New(target string) *Client {
	return &Client{connection: &grpcConn{target: target}}
}

// SystemService returns the system API client, creating it on first use.
func (c *Client) SystemService() SystemServiceClient {
	if c.systemService == nil {
		c.systemService = NewSystemServiceClient(c.connection) // Noncompliant
	}
	return c.systemService
}

// runSubtests shares one Client between parallel workers.
func runSubtests(c *Client, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.SystemService().ListInstances()
		}()
	}
	wg.Wait()
}
