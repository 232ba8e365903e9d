package sharedstate

// Each crawler is made on its own turn of the loop, but every one holds the same visits: what visits holds is shared,
// the crawler's own fields are not.
type visits struct {
	seen  map[string]bool
	total int
}

type crawler struct {
	log  *visits
	url  string
	done bool
}

func (c *crawler) crawl() {
	if !c.log.seen[c.url] { // Secondary [check]
		c.log.seen[c.url] = true // Noncompliant {{c.log.seen[c.url] is checked at line 17 and changed at line 18 by c.log.seen[c.url], with no lock held at either point, while crawl is started in parallel at line 32, in a loop, on objects that all hold the same c.log}}
	}
	if c.log.total < 100 { // Secondary [check]
		c.log.total++ // Noncompliant {{c.log.total is checked at line 20 and changed at line 21 by c.log.total, with no lock held at either point, while crawl is started in parallel at line 32, in a loop, on objects that all hold the same c.log}}
	}
	if !c.done {
		c.done = true
	}
}

func CrawlAll(urls []string) {
	log := &visits{seen: map[string]bool{}}
	for _, u := range urls {
		c := &crawler{log: log, url: u}
		go c.crawl() // Secondary [concurrency]
	}
}

// Here each fetcher gets visits of its own.
type fetcher struct {
	log *visits
	url string
}

func (f *fetcher) fetch() {
	if f.log.total < 100 {
		f.log.total++
	}
}

func FetchAll(urls []string) {
	for _, u := range urls {
		f := &fetcher{log: &visits{seen: map[string]bool{}}, url: u}
		go f.fetch()
	}
}
