package sharedstate

import stdsync "sync"

// A local mutex of the standard sync package, imported under another name, held from the check through the act.
func dialAll(targets []string, dial func(string) bool, limit int) int {
	var connsMut stdsync.Mutex
	conns := 0
	var wg stdsync.WaitGroup
	for _, target := range targets {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			if !dial(t) {
				return
			}
			connsMut.Lock()
			if conns < limit {
				conns++
			}
			connsMut.Unlock()
		}(target)
	}
	wg.Wait()
	return conns
}
