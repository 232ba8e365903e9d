package wait

import "time"

// Until loops until stop is closed.
func Until(f func(), period time.Duration, stopCh <-chan struct{}) {
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	results := make(chan int, 1)
	go func() {
		results <- 1
	}()
loop:
	for {
		select {
		case <-stopCh:
			break loop
		case r, ok := <-results:
			if !ok {
				return
			}
			_ = r
		case results <- 2:
		case <-ticker.C:
			f()
			continue
		default:
		}
	}
}
