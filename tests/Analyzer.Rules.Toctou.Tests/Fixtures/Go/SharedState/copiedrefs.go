package sharedstate

import (
	"os"
	"sync"
)

// The audit file is closed and dropped when the server seals; requests write to it until then.
type auditSink struct {
	mu  sync.RWMutex
	out *os.File
}

func (a *auditSink) seal() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.out != nil {
		a.out.Close()
	}
	a.out = nil
}

// The copy is tested, but the write goes through the field again, which a seal can have emptied meanwhile.
func (a *auditSink) record(line []byte) {
	a.mu.RLock()
	out := a.out // Secondary [check]
	a.mu.RUnlock()
	if out != nil {
		a.out.Write(line) // Noncompliant [TOCTOU001] {{a.out is checked at line 26 and used at line 29 by a.out.Write(line), which reads it again, while auditSink.seal empties it at line 20, but a.mu is released before the act}}
	}
}

// The write goes through the copy the test was made on.
func (a *auditSink) recordCopy(line []byte) {
	a.mu.RLock()
	out := a.out
	a.mu.RUnlock()
	if out != nil {
		out.Write(line)
	}
}
