// https://github.com/DataDog/datadog-agent/pull/4545
// GetDockerUtil lazily built the package-level globalDockerUtil with a bare nil check; the
// collector runner's workers call it from several goroutines (GetHostname -> GetDockerUtil),
// so two could both see nil and both build and assign it (-race report). Fix: hold
// globalDockerUtilMutex across the nil check and the construction.
package docker

import (
	"errors"
	"sync"
)

type retryConfig struct {
	Name          string
	AttemptMethod func() error
}

type retrier struct {
	mu      sync.Mutex
	cfg     *retryConfig
	lastErr error
	done    bool
}

func (r *retrier) SetupRetrier(cfg *retryConfig) { r.cfg = cfg }

func (r *retrier) TriggerRetry() error {
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

type DockerUtil struct {
	initRetry retrier
	hostname  string
}

func (d *DockerUtil) init() error {
	d.hostname = "docker-host"
	return nil
}

var globalDockerUtil *DockerUtil

// GetDockerUtil returns a ready to use DockerUtil backed by a shared singleton.
func GetDockerUtil() (*DockerUtil, error) {
	if globalDockerUtil == nil {
		globalDockerUtil = &DockerUtil{} // Noncompliant
		globalDockerUtil.initRetry.SetupRetrier(&retryConfig{
			Name:          "dockerutil",
			AttemptMethod: globalDockerUtil.init,
		})
	}
	if err := globalDockerUtil.initRetry.TriggerRetry(); err != nil {
		return nil, err
	}
	return globalDockerUtil, nil
}

func GetHostname() (string, error) {
	du, err := GetDockerUtil()
	if err != nil {
		return "", err
	}
	return du.hostname, nil
}

// Runner runs the agent checks on a few worker goroutines.
type Runner struct {
	pending chan func()
}

func NewRunner(workers int) *Runner {
	r := &Runner{pending: make(chan func(), 64)}
	for i := 0; i < workers; i++ {
		go r.work()
	}
	return r
}

func (r *Runner) work() {
	for check := range r.pending {
		_, _ = GetHostname()
		check()
	}
}
