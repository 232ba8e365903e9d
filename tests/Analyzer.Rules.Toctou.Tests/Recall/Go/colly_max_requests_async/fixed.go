// https://github.com/gocolly/colly/issues/905
// Fixed shape (PR #906): the request slot is reserved with one atomic Add at the synchronous
// dispatch point, before the fetch goroutine starts; the reservation is undone when the limit
// is exceeded, and the reserved value is reused as the request ID.
package colly

import (
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
)

var errMaxRequestsFixed = errors.New("max requests limit reached")

type SafeCollector struct {
	MaxRequests  uint32
	Async        bool
	requestCount atomic.Uint32
	wg           sync.WaitGroup
	client       *http.Client
}

type SafeRequest struct {
	ID  uint32
	URL string
}

func (c *SafeCollector) VisitURL(u string) error {
	return c.scrapeURL(u)
}

func (c *SafeCollector) checkURL(u string) error {
	if u == "" {
		return errors.New("missing URL")
	}
	return nil
}

func (c *SafeCollector) reserveSlot() (uint32, error) {
	id := c.requestCount.Add(1)
	if c.MaxRequests > 0 && id > c.MaxRequests {
		c.requestCount.Add(^uint32(0))
		return 0, errMaxRequestsFixed
	}
	return id, nil
}

func (c *SafeCollector) scrapeURL(u string) error {
	if err := c.checkURL(u); err != nil {
		return err
	}
	id, err := c.reserveSlot()
	if err != nil {
		return err
	}
	c.wg.Add(1)
	if c.Async {
		go c.fetchURL(u, id)
		return nil
	}
	return c.fetchURL(u, id)
}

func (c *SafeCollector) fetchURL(u string, id uint32) error {
	defer c.wg.Done()
	req := &SafeRequest{URL: u, ID: id}
	resp, err := c.client.Get(req.URL)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *SafeCollector) WaitAll() {
	c.wg.Wait()
}
