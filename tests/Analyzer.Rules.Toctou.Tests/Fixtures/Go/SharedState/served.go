package sharedstate

import "net/http"

// Proxy has no lock, but net/http runs ServeHTTP once per request, many requests at a time, on one Proxy.
type Proxy struct {
	transport http.RoundTripper
	hits      int
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodOptions {
		return
	}
	w.Header().Set("Via", "proxy")
	if p.transport == nil { // Secondary [check]
		p.transport = http.DefaultTransport // Noncompliant {{p.transport is checked at line 16 and changed at line 17 by p.transport, with no lock held at either point, while ServeHTTP serves requests, many at a time}}
	}
	local := map[string]bool{}
	if !local[r.URL.Path] {
		local[r.URL.Path] = true // the request's own map dies with it
	}
	w.WriteHeader(http.StatusOK)
}

var served, limit = 0, 100

func handleLimited(w http.ResponseWriter, r *http.Request) {
	if r.URL == nil {
		return
	}
	w.Header().Set("Seen", "1")
	if served < limit { // Secondary [check]
		served++ // Noncompliant {{served is checked at line 33 and changed at line 34 by served, with no lock held at either point, while handleLimited serves requests, many at a time}}
	}
}

var lastPath string

// Writing only when the value differs loses nothing: whichever request writes last, the state is one a serial order
// of the two would leave.
func handleLast(w http.ResponseWriter, r *http.Request) {
	if lastPath != r.URL.Path {
		lastPath = r.URL.Path
	}
}

// A function a handler calls runs once per request too.
type Counts struct {
	byPath map[string]int
}

func (c *Counts) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.count(r.URL.Path)
	w.WriteHeader(http.StatusNoContent)
}

func (c *Counts) count(path string) {
	if _, ok := c.byPath[path]; !ok { // Secondary [check]
		c.byPath[path] = 0 // Noncompliant {{c.byPath[path] is checked at line 59 and changed at line 60 by c.byPath[path], with no lock held at either point, while count runs in requests Counts.ServeHTTP serves, many at a time}}
	}
	c.byPath[path]++
}

// A handler written in place where it is registered runs once per request too, even when the function that registers
// it runs only once.
var templates map[string]string

func main() {
	http.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if templates == nil { // Secondary [check]
			templates = map[string]string{} // Noncompliant {{templates is checked at line 71 and changed at line 72 by templates, with no lock held at either point, while the function literal at line 70 that they are in serves requests, many at a time}}
		}
		w.WriteHeader(http.StatusOK)
	})
	// A callback the function runs itself, once, is no handler.
	visit(func(path string) {
		if templates == nil {
			templates = map[string]string{}
		}
	})
}

func visit(f func(string)) { f("/") }

// A function a handler literal calls runs once per request too.
var client *http.Client

func sharedClient() *http.Client {
	if client == nil { // Secondary [check]
		client = &http.Client{} // Noncompliant {{client is checked at line 90 and changed at line 91 by client, with no lock held at either point, while sharedClient runs in requests the function literal at line 97 serves, many at a time; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return client
}

func serveProxy() {
	http.HandleFunc("/proxy", func(w http.ResponseWriter, r *http.Request) {
		sharedClient().Get(r.URL.String())
	})
}

// A function that only a callback the registering function runs itself calls runs once.
var config map[string]string

func loadConfig() map[string]string {
	if config == nil {
		config = map[string]string{}
	}
	return config
}

func configure() {
	visit(func(path string) { loadConfig()[path] = "" })
}

// The handler literal that calls it can be in another file (routes.go).
var pings, maxPings = 0, 10

func ping() bool {
	if pings < maxPings { // Secondary [check]
		pings++ // Noncompliant {{pings is checked at line 120 and changed at line 121 by pings, with no lock held at either point, while ping runs in requests the function literal at line 8 of routes.go serves, many at a time}}
		return true
	}
	return false
}

// A method of an object that every request shares, a field of the handler or a package-level variable, runs once
// per request too.
type Routes struct {
	byPath map[string]string
}

func (rt *Routes) Claim(path, owner string) bool {
	if _, ok := rt.byPath[path]; ok { // Secondary [check]
		return false
	}
	rt.byPath[path] = owner // Noncompliant {{rt.byPath[path] is checked at line 134 and changed at line 137 by rt.byPath[path], with no lock held at either point, while Claim runs in requests Router.ServeHTTP serves, many at a time}}
	return true
}

type Router struct {
	routes *Routes
}

func (h *Router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.routes.Claim(r.URL.Path, r.RemoteAddr)
}

// An object the request makes for itself is its own.
type Scratch struct {
	seen map[string]bool
}

func (s *Scratch) Note(k string) {
	if !s.seen[k] {
		s.seen[k] = true
	}
}

func handleScratch(w http.ResponseWriter, r *http.Request) {
	s := &Scratch{seen: map[string]bool{}}
	s.Note(r.URL.Path)
}
