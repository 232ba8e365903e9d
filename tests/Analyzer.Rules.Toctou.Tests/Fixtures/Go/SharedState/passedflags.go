package passedflags

import "sync"

// A flag passed on as it is: info() asks infoWithSnap(false), which hands snap to infoWithSnapAndReply, which stores
// the snapshot only when snap is set. So info() never changes ici, and initialInfo's take of it is whole.
type Summary struct{ N int }

type Reader struct {
	mu  sync.Mutex
	ici *Summary
	n   int
}

func (o *Reader) initialInfo() *Summary {
	o.mu.Lock()
	ici := o.ici
	o.ici = nil
	o.mu.Unlock()
	if ici == nil {
		ici = o.info()
	}
	return ici
}

func (o *Reader) info() *Summary {
	return o.infoWithSnap(false)
}

func (o *Reader) snapshot() *Summary {
	return o.infoWithSnap(true)
}

func (o *Reader) infoWithSnap(snap bool) *Summary {
	return o.infoWithSnapAndReply(snap, "")
}

func (o *Reader) infoWithSnapAndReply(snap bool, reply string) *Summary {
	o.mu.Lock()
	info := &Summary{N: o.n + len(reply)}
	if snap {
		o.ici = info
	}
	o.mu.Unlock()
	return info
}

// The same test before a call that passes true on: the snapshot is stored after the lock was let go.
func (o *Reader) refresh() {
	o.mu.Lock()
	ici := o.ici
	o.mu.Unlock()
	if ici == nil {
		o.snapshot() // Noncompliant [TOCTOU001] {{o.ici is checked at line 51 and changed at line 54 by o.snapshot(), and o.mu is released and re-taken at line 54, inside snapshot() in between}}
	}
}
