package sharedstate

import (
	"errors"
	"fmt"
	"sync"
)

// SpendingCap's check answers with a refusal made on the spot, so the caller learns only whether the cap allowed the
// amount: the check is the cap's total, read under the read lock.
type SpendingCap struct {
	mu    sync.RWMutex
	max   uint64
	total uint64
}

func (c *SpendingCap) Allow(amount uint64) error {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.total+amount > c.max {
		return errors.New("over the spending cap")
	}
	return nil
}

func (c *SpendingCap) Record(amount uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total += amount
}

// A refusal that wraps what went wrong before it passes on another call's answer.
func (c *SpendingCap) AllowSaved(amount uint64, saved error) error {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.total+amount > c.max {
		return fmt.Errorf("cannot spend: %w", saved)
	}
	return nil
}

type Payments struct {
	cap *SpendingCap
}

// Each payment runs on its own goroutine: two can both pass the check before either records its amount.
func (p *Payments) Pay(amount uint64) bool {
	if err := p.cap.Allow(amount); err != nil {
		return false
	}
	p.cap.Record(amount) // Noncompliant [TOCTOU001] {{p.cap.total is checked at line 48 and changed at line 51 by p.cap.Record(amount), checked under the read lock p.cap.mu and changed under the write lock taken at line 51, inside Record() without re-checking}}
	return true
}

func (p *Payments) PayAfterSaving(amount uint64, saved error) bool {
	if err := p.cap.AllowSaved(amount, saved); err != nil {
		return false
	}
	p.cap.Record(amount)
	return true
}

func (p *Payments) PayAll(amounts []uint64) {
	var wg sync.WaitGroup
	for _, amount := range amounts {
		wg.Add(1)
		go func(amount uint64) {
			defer wg.Done()
			p.Pay(amount)
			p.PayAfterSaving(amount, nil)
		}(amount)
	}
	wg.Wait()
}
