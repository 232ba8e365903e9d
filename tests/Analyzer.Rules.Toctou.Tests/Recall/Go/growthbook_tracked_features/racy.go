// https://github.com/growthbook/growthbook-golang/issues/23 (fix: https://github.com/growthbook/growthbook-golang/pull/26)
// EvalFeature holds the client's read lock while it calls trackFeatureUsage, which skips a feature already tracked and
// otherwise records it in a map. Every request holds the same read lock at once, so two of them could both find the
// feature untracked and write the map together ("concurrent map writes"). The fix guards the tracking map with a lock
// of its own, held across the lookup and the store.
package growthbook

import "sync"

type FeatureResult struct {
	Value interface{}
	On    bool
}

type clientState struct {
	sync.RWMutex
	features        map[string]FeatureResult
	trackedFeatures map[string]interface{}
	onFeatureUsage  func(key string, result FeatureResult)
}

type GrowthBook struct {
	inner *clientState
}

func (gb *GrowthBook) EvalFeature(key string) FeatureResult {
	gb.inner.RLock()
	defer gb.inner.RUnlock()
	result, ok := gb.inner.features[key]
	if !ok {
		result = FeatureResult{}
	}
	gb.trackFeatureUsage(key, result)
	return result
}

func (gb *GrowthBook) SetFeatures(features map[string]FeatureResult) {
	gb.inner.Lock()
	defer gb.inner.Unlock()
	gb.inner.features = features
}

func (gb *GrowthBook) trackFeatureUsage(key string, result FeatureResult) {
	if _, tracked := gb.inner.trackedFeatures[key]; tracked {
		return
	}
	gb.inner.trackedFeatures[key] = result.Value // Noncompliant [TOCTOU001]
	if gb.inner.onFeatureUsage != nil {
		gb.inner.onFeatureUsage(key, result)
	}
}
