// https://github.com/scrapli/scrapligo/pull/221
// Fixed version: after taking the write lock, Dequeue checks the length again and returns
// nil if another consumer emptied the queue in the meantime.
package util

import "sync"

// ChunkQueue stores chunks of bytes read from a channel.
type ChunkQueue struct {
	chunks [][]byte
	count  int
	lock   *sync.RWMutex
}

func NewChunkQueue() *ChunkQueue {
	return &ChunkQueue{lock: &sync.RWMutex{}}
}

// Push appends bytes at the end of the queue; called by the reader goroutine.
func (q *ChunkQueue) Push(b []byte) {
	q.lock.Lock()
	defer q.lock.Unlock()
	q.chunks = append(q.chunks, b)
	q.count++
}

// Count returns the number of queued chunks.
func (q *ChunkQueue) Count() int {
	q.lock.RLock()
	defer q.lock.RUnlock()
	return q.count
}

// Pop removes the first chunk; called concurrently by many consumer goroutines.
func (q *ChunkQueue) Pop() []byte {
	if q.Count() == 0 {
		return nil
	}

	q.lock.Lock()
	defer q.lock.Unlock()

	// look again now that nobody else can dequeue
	if len(q.chunks) == 0 {
		return nil
	}
	var b []byte
	b, q.chunks = q.chunks[0], q.chunks[1:]
	q.count--
	return b
}

// consumeAll runs several consumers against one queue.
func consumeAll(q *ChunkQueue, workers int, out chan<- []byte) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				b := q.Pop()
				if b == nil {
					return
				}
				out <- b
			}
		}()
	}
	wg.Wait()
}
