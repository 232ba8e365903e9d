// https://github.com/dankomiocevic/ghoti/pull/87
// Fixed shape: Read holds the exclusive lock across the MaxInt64 check and the update.
package slots

import (
	"fmt"
	"math"
	"net"
	"strconv"
	"sync"
)

type counterSlot struct {
	users map[string]string
	value int64
	mu    sync.Mutex
}

func (c *counterSlot) Next() string {
	c.mu.Lock()
	defer c.mu.Unlock()

	if math.MaxInt64 == c.value {
		c.value = 0
	} else {
		c.value++
	}

	return strconv.FormatInt(c.value, 10)
}

func (c *counterSlot) Set(data string, from net.Conn) (string, error) {
	n, err := strconv.ParseInt(data, 10, 64)
	if err != nil {
		return "", fmt.Errorf("data must be an integer")
	}
	if n < 0 {
		return "", fmt.Errorf("data cannot be negative")
	}

	c.mu.Lock()
	c.value = n
	c.mu.Unlock()

	return strconv.FormatInt(n, 10), nil
}

func serveCounterReads(slot *counterSlot, conns []net.Conn) {
	for _, conn := range conns {
		go func(conn net.Conn) {
			_, _ = conn.Write([]byte(slot.Next() + "\n"))
		}(conn)
	}
}
