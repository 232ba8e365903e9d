// https://github.com/lightninglabs/taproot-assets/pull/2239
// Fixed: the compliance check reserves the amount while holding the write
// lock, so the ceiling comparison and the increment cannot be interleaved.
package rfqpolicy

import (
	"errors"
	"sync"
)

type SafeSalePolicy struct {
	stateMutex        sync.RWMutex
	MaxOutMsat        uint64
	CurrentAmountMsat uint64
	htlcToAmt         map[CircuitKey]uint64
}

func NewSafeSalePolicy(max uint64) *SafeSalePolicy {
	return &SafeSalePolicy{MaxOutMsat: max, htlcToAmt: make(map[CircuitKey]uint64)}
}

// CheckAndReserveHtlc checks the ceiling and tracks the HTLC in one step.
func (c *SafeSalePolicy) CheckAndReserveHtlc(htlc InterceptedHtlc) error {
	c.stateMutex.Lock()
	defer c.stateMutex.Unlock()

	if c.CurrentAmountMsat+htlc.AmountOutMsat > c.MaxOutMsat {
		return errors.New("HTLC out amount is greater than the policy maximum")
	}
	c.CurrentAmountMsat += htlc.AmountOutMsat
	c.htlcToAmt[htlc.Key] = htlc.AmountOutMsat
	return nil
}

func (c *SafeSalePolicy) ReleaseHtlc(key CircuitKey) {
	c.stateMutex.Lock()
	defer c.stateMutex.Unlock()

	amt, found := c.htlcToAmt[key]
	if !found {
		return
	}
	delete(c.htlcToAmt, key)
	c.CurrentAmountMsat -= amt
}

type SafeOrderHandler struct {
	policy *SafeSalePolicy
}

func (h *SafeOrderHandler) handleHtlc(htlc InterceptedHtlc) bool {
	return h.policy.CheckAndReserveHtlc(htlc) == nil
}

func (h *SafeOrderHandler) InterceptAll(htlcs []InterceptedHtlc) {
	var wg sync.WaitGroup
	for _, htlc := range htlcs {
		wg.Add(1)
		go func(x InterceptedHtlc) {
			defer wg.Done()
			h.handleHtlc(x)
		}(htlc)
	}
	wg.Wait()
}
