package sharedstate

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
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
		t.counter[host] = 0 // Noncompliant {{t.counter[host] is checked at line 28 and changed at line 29 by t.counter[host], with no lock held at either point, while count runs in authTransport.RoundTrip, which runs for every request an HTTP client sends, many at a time}}
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
			c.descs[name] = d // Noncompliant {{c.descs[name] is checked at line 54 and changed at line 57 by c.descs[name], with no lock held at either point, while Collect runs for every scrape of a Prometheus registry, many at a time}}
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

// Whoever waits for a context to end calls its Done, from any goroutine.
type stopContext struct {
	context.Context
	done chan struct{}
}

func (c *stopContext) Done() <-chan struct{} {
	if c.done == nil { // Secondary [check]
		c.done = make(chan struct{}) // Noncompliant {{c.done is checked at line 82 and changed at line 83 by c.done, with no lock held at either point, while Done runs for every goroutine that waits for the context to end, many at a time; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return c.done
}

// Logs each message once; slog calls Handle from whatever goroutine logs.
type dedupHandler struct {
	slog.Handler
	seen map[string]bool
}

func (h *dedupHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.seen[r.Message] { // Secondary [check]
		return nil
	}
	h.seen[r.Message] = true // Noncompliant {{h.seen[r.Message] is checked at line 95 and changed at line 98 by h.seen[r.Message], with no lock held at either point, while Handle runs for every record a slog.Logger logs, many at a time}}
	return h.Handler.Handle(ctx, r)
}

// A cookie jar must be safe for concurrent use: a client consults it for every request it sends.
type domainJar struct {
	byHost map[string][]*http.Cookie
}

func (j *domainJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	if _, ok := j.byHost[u.Host]; !ok { // Secondary [check]
		j.byHost[u.Host] = cookies // Noncompliant {{j.byHost[u.Host] is checked at line 108 and changed at line 109 by j.byHost[u.Host], with no lock held at either point, while SetCookies runs for every request an HTTP client with this cookie jar sends, many at a time}}
	}
}

func (j *domainJar) Cookies(u *url.URL) []*http.Cookie {
	return j.byHost[u.Host]
}

var callsByMethod = map[string]int{}

// A client interceptor runs around every call the client makes, from whatever goroutines make them.
func countCalls(ctx context.Context, method string, req, reply interface{}, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	if _, ok := callsByMethod[method]; !ok { // Secondary [check]
		callsByMethod[method] = 0 // Noncompliant {{callsByMethod[method] is checked at line 121 and changed at line 122 by callsByMethod[method], with no lock held at either point, while countCalls runs for every call a gRPC client makes, many at a time}}
	}
	callsByMethod[method]++
	return invoker(ctx, method, req, reply, cc, opts...)
}

var servedByMethod = map[string]bool{}

// A server interceptor runs around every call the server serves, many at a time.
func markServed(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
	if !servedByMethod[info.FullMethod] { // Secondary [check]
		servedByMethod[info.FullMethod] = true // Noncompliant {{servedByMethod[info.FullMethod] is checked at line 132 and changed at line 133 by servedByMethod[info.FullMethod], with no lock held at either point, while markServed serves requests, many at a time}}
	}
	return handler(ctx, req)
}
