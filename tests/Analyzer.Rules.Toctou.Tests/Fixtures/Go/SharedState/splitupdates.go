package sharedstate

import "sync"

// Histogram reads a bucket under its lock, lets go, and stores what it built from that read under a second hold: a
// goroutine that appends to the same bucket in between loses its value when this one stores its own copy.
type Histogram struct {
	mu      sync.Mutex
	buckets map[string][]int
}

func (h *Histogram) Observe(key string, v int) {
	h.mu.Lock()
	bucket, ok := h.buckets[key] // Secondary [check]
	h.mu.Unlock()
	if !ok {
		bucket = make([]int, 0, 8)
	}
	bucket = append(bucket, v)
	h.mu.Lock()
	h.buckets[key] = bucket // Noncompliant {{h.buckets[key] is checked at line 14 and changed at line 21 by h.buckets[key], and h.mu is released and re-taken at line 20 in between}}
	h.mu.Unlock()
}

// One hold from the read to the store: nothing comes between.
func (h *Histogram) ObserveHeld(key string, v int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	bucket, ok := h.buckets[key]
	if !ok {
		bucket = make([]int, 0, 8)
	}
	h.buckets[key] = append(bucket, v)
}

// The second hold stores a value that does not come from the first read: it replaces whatever is there.
func (h *Histogram) Reset(key string) {
	h.mu.Lock()
	_, ok := h.buckets[key]
	h.mu.Unlock()
	if !ok {
		return
	}
	h.mu.Lock()
	h.buckets[key] = nil // Noncompliant {{h.buckets[key] is checked at line 39 and changed at line 45 by h.buckets[key], and h.mu is released and re-taken at line 44 in between}}
	h.mu.Unlock()
}

// The second hold reads the bucket again and stores what it built from that read: the first read only sized the work.
func (h *Histogram) ObserveRechecked(key string, v int) {
	h.mu.Lock()
	size := len(h.buckets[key])
	h.mu.Unlock()
	if size == 0 {
		size = 8
	}
	extra := make([]int, 0, size)
	extra = append(extra, v)
	h.mu.Lock()
	current := h.buckets[key]
	h.buckets[key] = append(current, extra...)
	h.mu.Unlock()
}

// Copies started side by side that each read the count under the lock, let it go and store their increment under it
// again lose each other's increments, tested or not.
type Odometer struct {
	mu    sync.Mutex
	miles int
}

func (o *Odometer) addMile() {
	o.mu.Lock()
	miles := o.miles // Secondary [check]
	o.mu.Unlock()
	o.mu.Lock()
	o.miles = miles + 1 // Noncompliant {{o.miles is read at line 74 and changed at line 77 by o.miles to a value made from what was read, and o.mu is released and re-taken at line 76 in between}}
	o.mu.Unlock()
}

func Drive(o *Odometer, n int) {
	for i := 0; i < n; i++ {
		go o.addMile() // Secondary [concurrency]
	}
}

// Nothing starts this one beside itself: an untested read stored back is left to the code that owns the count.
type Tripmeter struct {
	mu    sync.Mutex
	miles int
}

func (t *Tripmeter) Add() {
	t.mu.Lock()
	miles := t.miles
	t.mu.Unlock()
	t.mu.Lock()
	t.miles = miles + 1
	t.mu.Unlock()
}
