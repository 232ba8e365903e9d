// https://github.com/stormkit-io/stormkit-io/pull/147
// FetchAppConf serves the hosting config for a hostname from an in-process cache. The mutex
// only covered the map read and the later map write: on a miss the lock was released, the
// config was fetched from the database and then stored. Under a cold cache or after TTL
// expiry, many concurrent requests for the same host all saw the miss and each queried the
// database (26 identical fetches were observed), exhausting the connection pool. The fix
// runs the fetch-and-store in a singleflight.Group keyed by hostname.
package hosting

import (
	"net/http"
	"sync"
	"time"
)

type AppConf struct {
	AppID     string
	EnvName   string
	FetchedAt time.Time
}

const appCacheTTL = 5 * time.Minute

var (
	appCacheMu sync.Mutex
	appCache   = map[string]*AppConf{}
)

// FetchConfig runs the (slow) SQL query for the hostname's deployment config.
var FetchConfig func(hostName string) (*AppConf, error)

func FetchAppConf(hostName string) (*AppConf, error) {
	appCacheMu.Lock()
	confFromCache := appCache[hostName]
	appCacheMu.Unlock()

	if confFromCache != nil && time.Since(confFromCache.FetchedAt) < appCacheTTL {
		return confFromCache, nil
	}

	conf, err := FetchConfig(hostName)
	if err != nil {
		return nil, err
	}
	conf.FetchedAt = time.Now()

	appCacheMu.Lock()
	appCache[hostName] = conf // Noncompliant
	appCacheMu.Unlock()
	return conf, nil
}

// ServeHost is the hosting handler; every incoming request runs on its own goroutine.
func ServeHost(w http.ResponseWriter, r *http.Request) {
	conf, err := FetchAppConf(r.Host)
	if err != nil || conf == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("X-App-Id", conf.AppID)
}
