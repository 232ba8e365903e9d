}}})]]) package p
func (t *T) f() { t.mu.Lock(); defer t.mu.Unlock() }}}
