// https://github.com/hashicorp/go-retryablehttp/issues/89
// Fixed version: the default client is filled in once, under a sync.Once.
package retryable

import (
	"net/http"
	"sync"
	"time"
)

type OnceClient struct {
	HTTPClient   *http.Client
	RetryWaitMin time.Duration
	RetryMax     int
	clientInit   sync.Once
}

func (c *OnceClient) Do(req *Request) (*http.Response, error) {
	c.clientInit.Do(func() {
		if c.HTTPClient == nil {
			c.HTTPClient = defaultPooledClient()
		}
	})
	var resp *http.Response
	var err error
	for i := 0; ; i++ {
		resp, err = c.HTTPClient.Do(req.Request)
		if err == nil || i >= c.RetryMax {
			break
		}
		time.Sleep(c.RetryWaitMin)
	}
	return resp, err
}
