// https://github.com/growthbook/growthbook-golang/issues/23 (fix: https://github.com/growthbook/growthbook-golang/pull/26)
// Fixed: the tracking map has a mutex of its own, held from the lookup to the store, so one request alone records a
// feature, whatever read lock the callers share.
package growthbook

import "sync"

type Result struct {
	Value interface{}
	On    bool
}

type sdkState struct {
	sync.RWMutex
	features     map[string]Result
	trackedMu    sync.Mutex
	tracked      map[string]interface{}
	featureUsage func(key string, result Result)
}

type Client struct {
	state *sdkState
}

func (c *Client) Feature(key string) Result {
	c.state.RLock()
	defer c.state.RUnlock()
	result, ok := c.state.features[key]
	if !ok {
		result = Result{}
	}
	c.recordUsage(key, result)
	return result
}

func (c *Client) SetFeatures(features map[string]Result) {
	c.state.Lock()
	defer c.state.Unlock()
	c.state.features = features
}

func (c *Client) recordUsage(key string, result Result) {
	c.state.trackedMu.Lock()
	defer c.state.trackedMu.Unlock()
	if _, seen := c.state.tracked[key]; seen {
		return
	}
	c.state.tracked[key] = result.Value
	if c.state.featureUsage != nil {
		c.state.featureUsage(key, result)
	}
}
