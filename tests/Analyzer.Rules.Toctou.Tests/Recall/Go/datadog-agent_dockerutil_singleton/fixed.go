// https://github.com/DataDog/datadog-agent/pull/4545
// Fixed version: the singleton is checked and built while holding a package mutex.
package docker

import (
	"errors"
	"sync"
)

type safeRetryConfig struct {
	Name          string
	AttemptMethod func() error
}

type safeRetrier struct {
	mu      sync.Mutex
	cfg     *safeRetryConfig
	lastErr error
	done    bool
}

func (r *safeRetrier) SetupRetrier(cfg *safeRetryConfig) { r.cfg = cfg }

func (r *safeRetrier) TriggerRetry() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done {
		return nil
	}
	if r.cfg == nil {
		return errors.New("retrier not set up")
	}
	r.lastErr = r.cfg.AttemptMethod()
	r.done = r.lastErr == nil
	return r.lastErr
}

type SafeDockerUtil struct {
	initRetry safeRetrier
	hostname  string
}

func (d *SafeDockerUtil) init() error {
	d.hostname = "docker-host"
	return nil
}

var (
	globalSafeDockerUtil      *SafeDockerUtil
	globalSafeDockerUtilMutex sync.Mutex
)

func GetSafeDockerUtil() (*SafeDockerUtil, error) {
	globalSafeDockerUtilMutex.Lock()
	defer globalSafeDockerUtilMutex.Unlock()
	if globalSafeDockerUtil == nil {
		globalSafeDockerUtil = &SafeDockerUtil{}
		globalSafeDockerUtil.initRetry.SetupRetrier(&safeRetryConfig{
			Name:          "dockerutil",
			AttemptMethod: globalSafeDockerUtil.init,
		})
	}
	if err := globalSafeDockerUtil.initRetry.TriggerRetry(); err != nil {
		return nil, err
	}
	return globalSafeDockerUtil, nil
}

func GetSafeHostname() (string, error) {
	du, err := GetSafeDockerUtil()
	if err != nil {
		return "", err
	}
	return du.hostname, nil
}

type SafeRunner struct {
	pending chan func()
}

func NewSafeRunner(workers int) *SafeRunner {
	r := &SafeRunner{pending: make(chan func(), 64)}
	for i := 0; i < workers; i++ {
		go r.work()
	}
	return r
}

func (r *SafeRunner) work() {
	for check := range r.pending {
		_, _ = GetSafeHostname()
		check()
	}
}
