package sharedstate

import "sync"

// Each goroutine is handed its own index and fills its own slot: no two check or write the same element.
func measureAll(items []string) []int {
	sizes := make([]int, len(items))
	var wg sync.WaitGroup
	for i, item := range items {
		wg.Add(1)
		go func(i int, item string) {
			defer wg.Done()
			if sizes[i] == 0 {
				sizes[i] = len(item)
			}
		}(i, item)
	}
	wg.Wait()
	return sizes
}

// The same with a counted loop.
func countAll(n int) []int {
	counts := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			if counts[slot] == 0 {
				counts[slot] = slot * slot
			}
		}(i)
	}
	wg.Wait()
	return counts
}

// Indexed by the item itself: two items of one value share a slot.
func markAll(nums []int) []bool {
	seen := make([]bool, 64)
	var wg sync.WaitGroup
	for _, n := range nums {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if !seen[n] { // Secondary [check]
				seen[n] = true // Noncompliant [TOCTOU001] {{seen[n] is checked at line 47 and changed at line 48 by seen[n], with no lock held at either point, while the function literal they are in is started in parallel at line 45, in a loop}}
			}
		}(n)
	}
	wg.Wait()
	return seen
}
