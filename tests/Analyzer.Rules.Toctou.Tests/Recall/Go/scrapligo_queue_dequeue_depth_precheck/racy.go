// https://github.com/scrapli/scrapligo/pull/221
// Queue.Dequeue first asked GetDepth() (which takes and drops the read lock) whether the
// queue was empty, and only then took the write lock and popped queue[0] without looking
// again. With many goroutines enqueuing and dequeuing on the same queue, another consumer
// could take the last element between the depth check and the pop, and the pop panicked
// with "index out of range [0]". The fix re-checks the length after taking the write lock.
package util

import "sync"

// ByteQueue stores chunks of bytes read from a channel.
type ByteQueue struct {
	items [][]byte
	depth int
	mu    *sync.RWMutex
}

func NewByteQueue() *ByteQueue {
	return &ByteQueue{mu: &sync.RWMutex{}}
}

// Enqueue appends bytes at the end of the queue; called by the reader goroutine.
func (q *ByteQueue) Enqueue(b []byte) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, b)
	q.depth++
}

// Depth returns the number of queued chunks.
func (q *ByteQueue) Depth() int {
	q.mu.RLock()
	defer q.mu.RUnlock()
	return q.depth
}

// Dequeue pops the first chunk; called concurrently by many consumer goroutines.
func (q *ByteQueue) Dequeue() []byte {
	// cheap emptiness check without the write lock
	if q.Depth() == 0 {
		return nil
	}

	q.mu.Lock()
	defer q.mu.Unlock()

	var b []byte
	b, q.items = q.items[0], q.items[1:] // Noncompliant
	q.depth--
	return b
}

// drain runs several consumers against one queue.
func drain(q *ByteQueue, workers int, out chan<- []byte) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				b := q.Dequeue()
				if b == nil {
					return
				}
				out <- b
			}
		}()
	}
	wg.Wait()
}
