// https://github.com/segmentio/kafka-go/pull/648 (issue https://github.com/segmentio/kafka-go/issues/647)
// Writer.WriteMessages may be called from many goroutines and calls LeastBytes.Balance each time.
// Balance scans its counters for the partition with the fewest bytes and then adds the message
// size to that counter with no lock, so concurrent writers pick and bump the same stale minimum.
// Fix: a sync.Mutex field in LeastBytes held for the whole Balance call.
package kafka

import (
	"sort"
	"sync"
)

type Message struct {
	Key   []byte
	Value []byte
}

type leastBytesCounter struct {
	partition int
	bytes     uint64
}

type LeastBytes struct {
	counters []leastBytesCounter
}

func (lb *LeastBytes) Balance(msg Message, partitions ...int) int {
	if len(partitions) != len(lb.counters) {
		lb.counters = makeLeastBytesCounters(partitions...)
	}

	minBytes := lb.counters[0].bytes
	minIndex := 0
	for i, c := range lb.counters[1:] {
		if c.bytes < minBytes {
			minIndex = i + 1
			minBytes = c.bytes
		}
	}

	c := &lb.counters[minIndex]
	c.bytes += uint64(len(msg.Key)) + uint64(len(msg.Value)) // Noncompliant
	return c.partition
}

func makeLeastBytesCounters(partitions ...int) []leastBytesCounter {
	counters := make([]leastBytesCounter, len(partitions))
	for i, p := range partitions {
		counters[i].partition = p
	}
	sort.Slice(counters, func(i, j int) bool { return counters[i].partition < counters[j].partition })
	return counters
}

type Writer struct {
	Balancer   *LeastBytes
	partitions []int
	mu         sync.Mutex
	batches    map[int][]Message
}

// WriteMessages is documented as safe to call from several goroutines.
func (w *Writer) WriteMessages(msgs ...Message) {
	for _, m := range msgs {
		p := w.Balancer.Balance(m, w.partitions...)
		w.mu.Lock()
		w.batches[p] = append(w.batches[p], m)
		w.mu.Unlock()
	}
}

func produceFromHandlers(w *Writer, events [][]Message) {
	var wg sync.WaitGroup
	for _, batch := range events {
		wg.Add(1)
		go func(b []Message) {
			defer wg.Done()
			w.WriteMessages(b...)
		}(batch)
	}
	wg.Wait()
}
