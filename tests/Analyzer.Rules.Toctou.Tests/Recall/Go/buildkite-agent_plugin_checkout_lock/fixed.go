// https://github.com/buildkite/agent/pull/827
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package bootstrap

import (
	"os"
	"path/filepath"
	"time"
)

type LockingBootstrap struct {
	PluginsPath string
}

// checkoutPluginLocked takes the per-plugin lock before looking at the checkout,
// so it never sees a clone that another agent process is still writing.
func (b *LockingBootstrap) checkoutPluginLocked(p *Plugin) (*pluginCheckout, error) {
	id := p.Identifier()

	// Ensure the plugin directory exists, otherwise we can't create the lock
	if err := os.MkdirAll(b.PluginsPath, 0o777); err != nil {
		return nil, err
	}

	// Try and lock this particular plugin while we check it out
	unlock, err := lockFile(filepath.Join(b.PluginsPath, id+".lock"), 5*time.Minute)
	if err != nil {
		return nil, err
	}
	defer unlock()

	directory := filepath.Join(b.PluginsPath, id)
	pluginGitDirectory := filepath.Join(directory, ".git")
	checkout := &pluginCheckout{CheckoutDir: directory, HooksDir: filepath.Join(directory, "hooks")}

	// Has it already been checked out?
	if fileExists(pluginGitDirectory) {
		return loadHooks(checkout)
	}

	if err := os.MkdirAll(directory, 0o777); err != nil {
		return nil, err
	}
	if err := run(directory, "git", "clone", "-v", "--", p.Repository(), "."); err != nil {
		return nil, err
	}
	if p.Version != "" {
		if err := run(directory, "git", "checkout", "-f", p.Version); err != nil {
			return nil, err
		}
	}
	return loadHooks(checkout)
}
