// https://github.com/dankomiocevic/ghoti/pull/87
// Ghoti's "atomic" slot is a shared counter: every read by a client returns the next value,
// wrapping to 0 at MaxInt64. Read held only the read side of the slot's RWMutex while it
// compared the current value with MaxInt64 and then wrote the reset or the increment, so
// reads from different client connections ran the check and the write at the same time
// and increments were lost (the PR: "a mix of lock and reader lock ... allowed to miss
// atomic increments"). The fix makes Read take the exclusive lock (RWMutex -> Mutex).
package slots

import (
	"fmt"
	"math"
	"net"
	"strconv"
	"sync"
)

type atomicSlot struct {
	users map[string]string
	value int64
	mu    sync.RWMutex
}

// Read is called by the server for every "read" command, one goroutine per connection.
func (a *atomicSlot) Read() string {
	a.mu.RLock()
	defer a.mu.RUnlock()

	if math.MaxInt64 == a.value {
		a.value = 0 // Noncompliant
	} else {
		a.value++
	}

	return strconv.FormatInt(a.value, 10)
}

func (a *atomicSlot) Write(data string, from net.Conn) (string, error) {
	n, err := strconv.ParseInt(data, 10, 64)
	if err != nil {
		return "", fmt.Errorf("data must be an integer")
	}
	if n < 0 {
		return "", fmt.Errorf("data cannot be negative")
	}

	a.mu.Lock()
	a.value = n
	a.mu.Unlock()

	return strconv.FormatInt(n, 10), nil
}

// serveReads mimics the server: each accepted connection is handled on its own goroutine.
func serveReads(slot *atomicSlot, conns []net.Conn) {
	for _, c := range conns {
		go func(c net.Conn) {
			_, _ = c.Write([]byte(slot.Read() + "\n"))
		}(c)
	}
}
