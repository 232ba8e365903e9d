// https://github.com/segmentio/kafka-go/pull/648 (issue https://github.com/segmentio/kafka-go/issues/647)
// Fixed: LeastBytes carries a mutex that is held from the counter scan to the increment.
package kafka

import (
	"sort"
	"sync"
)

type Msg struct {
	Key   []byte
	Value []byte
}

type lbCounter struct {
	partition int
	bytes     uint64
}

type LockedLeastBytes struct {
	mutex    sync.Mutex
	counters []lbCounter
}

func (lb *LockedLeastBytes) Balance(msg Msg, partitions ...int) int {
	lb.mutex.Lock()
	defer lb.mutex.Unlock()

	if len(partitions) != len(lb.counters) {
		lb.counters = makeLbCounters(partitions...)
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
	c.bytes += uint64(len(msg.Key)) + uint64(len(msg.Value))
	return c.partition
}

func makeLbCounters(partitions ...int) []lbCounter {
	counters := make([]lbCounter, len(partitions))
	for i, p := range partitions {
		counters[i].partition = p
	}
	sort.Slice(counters, func(i, j int) bool { return counters[i].partition < counters[j].partition })
	return counters
}

type SafeWriter struct {
	Balancer   *LockedLeastBytes
	partitions []int
	mu         sync.Mutex
	batches    map[int][]Msg
}

func (w *SafeWriter) WriteMessages(msgs ...Msg) {
	for _, m := range msgs {
		p := w.Balancer.Balance(m, w.partitions...)
		w.mu.Lock()
		w.batches[p] = append(w.batches[p], m)
		w.mu.Unlock()
	}
}

func produceSafely(w *SafeWriter, events [][]Msg) {
	var wg sync.WaitGroup
	for _, batch := range events {
		wg.Add(1)
		go func(b []Msg) {
			defer wg.Done()
			w.WriteMessages(b...)
		}(batch)
	}
	wg.Wait()
}
