package queue

import (
	"errors"
	"sync"
)

// PendingQueue batches changes per object id until a consumer pops them.
type PendingQueue struct {
	mu      sync.Mutex
	batches map[string][]Change
	order   []string
	mirror  Indexer
}

type Change struct {
	Kind   string
	Object interface{}
}

// Resend re-queues every object of the mirror that has no pending batch.
func (p *PendingQueue) Resend() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mirror == nil {
		return nil
	}
	ids := p.mirror.ListIDs()
	for _, id := range ids {
		if err := p.resendOneLocked(id); err != nil {
			return err
		}
	}
	return nil
}

func (p *PendingQueue) resendOneLocked(id string) error {
	obj, ok, err := p.mirror.GetByID(id)
	if err != nil || !ok {
		return nil
	}
	// A batch already pending for this id wins; resending the mirror's copy
	// here could race with a consumer that is about to pop that batch.
	if len(p.batches[id]) > 0 {
		return nil
	}
	return p.appendLocked(Change{Kind: "Resend", Object: obj}, id)
}

func (p *PendingQueue) appendLocked(c Change, id string) error {
	if id == "" {
		return errors.New("empty id")
	}
	if _, queued := p.batches[id]; !queued {
		p.order = append(p.order, id)
	}
	p.batches[id] = append(p.batches[id], c)
	return nil
}

// Reset replaces the queue's content with list and marks missing ids deleted.
func (p *PendingQueue) Reset(list map[string]interface{}) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, obj := range list {
		if err := p.appendLocked(Change{Kind: "Reset", Object: obj}, id); err != nil {
			return err
		}
	}
	known := p.mirror.ListIDs()
	for _, id := range known {
		if _, present := list[id]; present {
			continue
		}
		last, found, err := p.mirror.GetByID(id)
		if err != nil || !found {
			last = nil
		}
		if err := p.appendLocked(Change{Kind: "Deleted", Object: last}, id); err != nil {
			return err
		}
	}
	return nil
}

// Pop removes the oldest batch.
func (p *PendingQueue) Pop() []Change {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.order) == 0 {
		return nil
	}
	id := p.order[0]
	p.order = p.order[1:]
	batch := p.batches[id]
	delete(p.batches, id)
	return batch
}
