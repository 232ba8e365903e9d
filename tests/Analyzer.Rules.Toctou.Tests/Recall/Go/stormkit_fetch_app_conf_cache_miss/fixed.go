// https://github.com/stormkit-io/stormkit-io/pull/147
// Fixed version: on a miss the fetch-and-store runs inside singleflight.Group.Do keyed by the
// hostname, so concurrent misses share one database query and its result.
package hosting

import (
	"time"

	"golang.org/x/sync/singleflight"
)

var appConfGroup singleflight.Group

func FetchAppConfShared(hostName string) (*AppConf, error) {
	appCacheMu.Lock()
	cached := appCache[hostName]
	appCacheMu.Unlock()

	if cached != nil && time.Since(cached.FetchedAt) < appCacheTTL {
		return cached, nil
	}

	v, err, _ := appConfGroup.Do(hostName, func() (interface{}, error) {
		conf, err := FetchConfig(hostName)
		if err != nil {
			return nil, err
		}
		conf.FetchedAt = time.Now()

		appCacheMu.Lock()
		appCache[hostName] = conf
		appCacheMu.Unlock()
		return conf, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*AppConf), nil
}
