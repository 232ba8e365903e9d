// https://github.com/gocolly/colly/issues/905
// MaxRequests is enforced by loading requestCount in requestCheck, but the counter is only
// incremented later inside fetch, which runs in its own goroutine when Async is on. Many Visit
// calls pass the check before any fetch bumps the counter (18-38 hits with MaxRequests=5).
// Fix (PR #906): reserve the slot with an atomic Add at dispatch time and undo it over the limit.
package colly

import (
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
)

var errMaxRequestsRacy = errors.New("max requests limit reached")

type Collector struct {
	MaxRequests  uint32
	Async        bool
	requestCount atomic.Uint32
	wg           sync.WaitGroup
	client       *http.Client
}

type Request struct {
	ID  uint32
	URL string
}

func (c *Collector) Visit(u string) error {
	return c.scrape(u)
}

func (c *Collector) requestCheck(u string) error {
	if u == "" {
		return errors.New("missing URL")
	}
	if c.MaxRequests > 0 && c.requestCount.Load() >= c.MaxRequests {
		return errMaxRequestsRacy
	}
	return nil
}

func (c *Collector) scrape(u string) error {
	if err := c.requestCheck(u); err != nil {
		return err
	}
	c.wg.Add(1)
	if c.Async {
		go c.fetch(u)
		return nil
	}
	return c.fetch(u) // Noncompliant
}

func (c *Collector) fetch(u string) error {
	defer c.wg.Done()
	req := &Request{
		URL: u,
		ID:  c.requestCount.Add(1),
	}
	resp, err := c.client.Get(req.URL)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Collector) Wait() {
	c.wg.Wait()
}
