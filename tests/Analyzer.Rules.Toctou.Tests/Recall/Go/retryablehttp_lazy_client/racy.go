// https://github.com/hashicorp/go-retryablehttp/issues/89
// Client.Do filled in a nil HTTPClient with a pooled default on first use; a Client is shared by goroutines that call
// Do concurrently, so the nil check and the assignment raced. The fix does the check and the assignment inside a
// sync.Once.
package retryable

import (
	"net/http"
	"time"
)

type Request struct {
	*http.Request
}

type Client struct {
	HTTPClient   *http.Client
	RetryWaitMin time.Duration
	RetryMax     int
}

func defaultPooledClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second}
}

func (c *Client) Do(req *Request) (*http.Response, error) {
	if c.HTTPClient == nil {
		c.HTTPClient = defaultPooledClient() // Noncompliant [TOCTOU001]
	}
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
