package sharedstate

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

// net/http calls a RoundTripper's RoundTrip for every request a client sends, many at a time: the transport is shared.
type authTransport struct {
	base    http.RoundTripper
	token   string
	counter map[string]int
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.count(req.URL.Host)
	req.Header.Set("Authorization", "Bearer "+t.token)
	return http.DefaultTransport.RoundTrip(req)
}

// Called by RoundTrip, so it runs for every request too.
func (t *authTransport) count(host string) {
	if _, seen := t.counter[host]; !seen { // Secondary [check]
		t.counter[host] = 0 // Noncompliant {{t.counter[host] is checked at line 24 and changed at line 25 by t.counter[host], with no lock held at either point, while count runs in authTransport.RoundTrip, which runs for every request an HTTP client sends, many at a time}}
	}
	t.counter[host]++
}

// Only the request, which belongs to this call, is changed.
type headerTransport struct {
	header string
}

func (t *headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Header.Get(t.header) == "" {
		req.Header.Set(t.header, "1")
	}
	return http.DefaultTransport.RoundTrip(req)
}

// A Collector's Collect may run for several scrapes at once.
type queueCollector struct {
	lengths func() map[string]int
	descs   map[string]*prometheus.Desc
}

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	for name, n := range c.lengths() {
		d, ok := c.descs[name] // Secondary [check]
		if !ok {
			d = prometheus.NewDesc(name+"_length", "Items waiting.", nil, nil)
			c.descs[name] = d // Noncompliant {{c.descs[name] is checked at line 50 and changed at line 53 by c.descs[name], with no lock held at either point, while Collect runs for every scrape of a Prometheus registry, many at a time}}
		}
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, float64(n))
	}
}

// A method of another interface that happens to be called RoundTrip is no transport.
type pinger struct {
	last int
}

func (p *pinger) RoundTrip(n int) int {
	if p.last < n {
		p.last = n
	}
	return p.last
}
