package sharedstate

import (
	"net"
	"sync"
)

// Uplink's Send tests its connection and then writes through it, while Close clears it under a lock Send does not
// take: the write reads the field again, whatever the method it calls is named.
type Uplink struct {
	mu   sync.Mutex
	conn net.Conn
}

func (s *Uplink) Send(b []byte) {
	if s.conn != nil { // Secondary [check]
		s.conn.Write(b) // Noncompliant [TOCTOU001] {{s.conn is checked at line 16 and used at line 17 by s.conn.Write(b), which reads it again, while Uplink.Close empties it at line 23, with no lock held at either point}}
	}
}

func (s *Uplink) Close() {
	s.mu.Lock()
	s.conn = nil // Secondary [act]
	s.mu.Unlock()
}

// Ready tests the connection and calls through it in one condition: the call runs only when the test found it set,
// and Close can clear it in between.
func (s *Uplink) Ready() bool {
	return s.conn != nil && s.conn.LocalAddr() != nil // Noncompliant [TOCTOU001] {{s.conn is checked at line 30 and used at line 30 by s.conn.LocalAddr(), which reads it again, while Uplink.Close empties it at line 23, with no lock held at either point}}
}
