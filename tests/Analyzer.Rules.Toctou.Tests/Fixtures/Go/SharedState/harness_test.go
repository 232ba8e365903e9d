package sharedstate

import "testing"

func asyncHarnessParser(c *HarnessConn) chan string {
	in := make(chan string, 4)
	go func() {
		for s := range in {
			c.parse(s)
		}
	}()
	return in
}

func TestHarnessParse(t *testing.T) {
	c := &HarnessConn{}
	in := asyncHarnessParser(c)
	in <- "PING"
	close(in)
}

func TestHarnessCounterFromManyGoroutines(t *testing.T) {
	c := &HarnessCounter{limit: 10}
	for i := 0; i < 20; i++ {
		go c.Add() // Secondary [concurrency]
	}
}
