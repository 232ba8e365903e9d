package sharedstate

import "sync"

// Each turn of the loop starts another goroutine running the same function literal, so the copies share seen.
func fetchAll(urls []string, fetch func(string) int) map[string]int {
	seen := map[string]int{}
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			if _, ok := seen[u]; !ok {
				seen[u] = fetch(u) // Noncompliant [TOCTOU001] {{seen[u] is checked at line 13 and changed at line 14 by seen[u], with no lock held at either point, while the function literal they are in is started in parallel at line 11, in a loop}}
			}
		}(url)
	}
	wg.Wait()
	return seen
}

// The fix: one mutex held from the check through the act.
func fetchAllLocked(urls []string, fetch func(string) int) map[string]int {
	seen := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			if _, ok := seen[u]; !ok {
				seen[u] = fetch(u)
			}
		}(url)
	}
	wg.Wait()
	return seen
}

// One goroutine only: its own variables are its own.
func warmOnce(keys []string) {
	go func() {
		cache := map[string]bool{}
		for _, k := range keys {
			if !cache[k] {
				cache[k] = true
			}
		}
	}()
}

// Variables the literal declares itself are per copy.
func perCopy(keys []string) {
	for range keys {
		go func() {
			local := map[string]bool{}
			if !local["x"] {
				local["x"] = true
			}
		}()
	}
}


// Two goroutines started once each share the function's conn: the second one's write can fall between the first one's
// check and act.
func dialAndDrop(dial func() *int, done chan bool) {
	var conn *int
	go func() {
		if conn == nil { // Secondary [check]
			conn = dial() // Noncompliant [TOCTOU001] {{conn is checked at line 72 and changed at line 73 by conn, with no lock held at either point, while the function literal started at line 77 changes it at the same time as the one started at line 71}}
		}
		done <- true
	}()
	go func() {
		conn = nil
		done <- true
	}()
	<-done
	<-done
}

// The second goroutine only reads the variable, or writes another one: nothing changes what the first one checked.
func dialAndWatch(dial func() *int, done chan bool) {
	var conn *int
	var other *int
	go func() {
		if conn == nil {
			conn = dial()
		}
		done <- true
	}()
	go func() {
		if conn != nil {
			other = conn
		}
		done <- other != nil
	}()
	<-done
	<-done
}
