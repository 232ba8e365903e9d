package sharedstate

import "sync"

type tenantRecord struct{ id string }

type tenantBook struct {
	mu      sync.Mutex
	tenants map[string]*tenantRecord
}

func (b *tenantBook) find(id string) *tenantRecord {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.tenants[id]
}

func (b *tenantBook) add(id string) *tenantRecord {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := &tenantRecord{id: id}
	b.tenants[id] = t
	return t
}

type pendingTenant struct{ done chan struct{} }

type TenantDesk struct {
	book     *tenantBook
	claimMu  sync.Mutex
	claims   map[string]*pendingTenant
	inflight sync.Map
}

// The first caller for an id claims it in claims under claimMu; every later one finds the claim and waits for the
// first, so only the claimant looks the tenant up and adds it.
func (d *TenantDesk) Ensure(id string) {
	d.claimMu.Lock()
	p, found := d.claims[id]
	if !found {
		p = &pendingTenant{done: make(chan struct{})}
		d.claims[id] = p
	}
	d.claimMu.Unlock()
	if found {
		<-p.done
		return
	}
	defer close(p.done)
	if d.book.find(id) != nil {
		return
	}
	d.book.add(id)
}

// The same with an atomic LoadOrStore as the claim.
func (d *TenantDesk) EnsureOnce(id string) {
	p := &pendingTenant{done: make(chan struct{})}
	if _, loaded := d.inflight.LoadOrStore(id, p); loaded {
		return
	}
	if d.book.find(id) != nil {
		return
	}
	d.book.add(id)
}

// A claim of another key keeps nobody away from this one.
func (d *TenantDesk) EnsureOther(id, other string) {
	d.claimMu.Lock()
	_, found := d.claims[other]
	if !found {
		d.claims[other] = &pendingTenant{done: make(chan struct{})}
	}
	d.claimMu.Unlock()
	if found {
		return
	}
	if d.book.find(id) != nil {
		return
	}
	d.book.add(id) // Noncompliant [TOCTOU001] {{d.book's entry for id is checked at line 79 and changed at line 82 by d.book.add(id), and d.book.mu is released and re-taken at line 82, inside add() in between}}
}

// A claim whose finders go on anyway keeps nobody away.
func (d *TenantDesk) EnsureWaiting(id string) {
	p := &pendingTenant{done: make(chan struct{})}
	if prior, loaded := d.inflight.LoadOrStore(id, p); loaded {
		<-prior.(*pendingTenant).done
	}
	if d.book.find(id) != nil {
		return
	}
	d.book.add(id) // Noncompliant [TOCTOU001] {{d.book's entry for id is checked at line 91 and changed at line 94 by d.book.add(id), and d.book.mu is released and re-taken at line 94, inside add() in between}}
}
