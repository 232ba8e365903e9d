// https://github.com/lightninglabs/taproot-assets/pull/2239
// rfq: CheckHtlcCompliance compared CurrentAmountMsat+htlc against the quote
// ceiling under RLock, while TrackAcceptedHtlc later added the amount under a
// separate Lock. A burst of HTLCs handled in parallel goroutines could all pass
// the check and overshoot the cap. Fix: check-and-reserve under one write lock.
package rfqpolicy

import (
	"errors"
	"sync"
)

type CircuitKey struct {
	ChanID uint64
	HtlcID uint64
}

type InterceptedHtlc struct {
	Key           CircuitKey
	AmountOutMsat uint64
}

type SalePolicy struct {
	stateMutex        sync.RWMutex
	MaxOutMsat        uint64
	CurrentAmountMsat uint64
	htlcToAmt         map[CircuitKey]uint64
}

func NewSalePolicy(max uint64) *SalePolicy {
	return &SalePolicy{MaxOutMsat: max, htlcToAmt: make(map[CircuitKey]uint64)}
}

// CheckHtlcCompliance only reads the running total.
func (c *SalePolicy) CheckHtlcCompliance(htlc InterceptedHtlc) error {
	c.stateMutex.RLock()
	defer c.stateMutex.RUnlock()

	if c.CurrentAmountMsat+htlc.AmountOutMsat > c.MaxOutMsat {
		return errors.New("HTLC out amount is greater than the policy maximum")
	}
	return nil
}

// TrackAcceptedHtlc accounts for an HTLC that already passed the check.
func (c *SalePolicy) TrackAcceptedHtlc(key CircuitKey, amt uint64) {
	c.stateMutex.Lock()
	defer c.stateMutex.Unlock()

	c.CurrentAmountMsat += amt
	c.htlcToAmt[key] = amt
}

func (c *SalePolicy) UntrackHtlc(key CircuitKey) {
	c.stateMutex.Lock()
	defer c.stateMutex.Unlock()

	amt, found := c.htlcToAmt[key]
	if !found {
		return
	}
	delete(c.htlcToAmt, key)
	c.CurrentAmountMsat -= amt
}

type OrderHandler struct {
	policy *SalePolicy
}

// handleIncomingHtlc runs in its own goroutine for every intercepted HTLC.
func (h *OrderHandler) handleIncomingHtlc(htlc InterceptedHtlc) bool {
	if err := h.policy.CheckHtlcCompliance(htlc); err != nil {
		return false
	}
	h.policy.TrackAcceptedHtlc(htlc.Key, htlc.AmountOutMsat) // Noncompliant
	return true
}

func (h *OrderHandler) Intercept(htlcs []InterceptedHtlc) {
	var wg sync.WaitGroup
	for _, htlc := range htlcs {
		wg.Add(1)
		go func(x InterceptedHtlc) {
			defer wg.Done()
			h.handleIncomingHtlc(x)
		}(htlc)
	}
	wg.Wait()
}
