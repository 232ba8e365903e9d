// https://github.com/buildkite/agent/pull/827
// checkoutPlugin() tested whether <plugins-path>/<id>/.git existed before taking the per-plugin
// lock file. With two agents on one host running jobs that use the same plugin, the second one
// saw the .git dir the first had just created by starting `git clone` and went on to run hooks
// from a half-cloned checkout ("command script not found", issue #763).
// Fix: acquire <id>.lock first, then test for .git and clone while holding it.
package bootstrap

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

type Plugin struct {
	Location string
	Version  string
}

func (p *Plugin) Identifier() string { return filepath.Base(p.Location) + "-" + p.Version }
func (p *Plugin) Repository() string { return "https://" + p.Location }

type pluginCheckout struct {
	CheckoutDir string
	HooksDir    string
	Hooks       []os.DirEntry
}

type Bootstrap struct {
	PluginsPath string
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// lockFile is a cross-process lock: whoever creates path with O_EXCL owns it.
func lockFile(path string, timeout time.Duration) (func(), error) {
	deadline := time.Now().Add(timeout)
	for {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) || time.Now().After(deadline) {
			return nil, fmt.Errorf("could not acquire lock on %q: %w", path, err)
		}
		time.Sleep(time.Second)
	}
}

func run(dir string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd.Run()
}

func loadHooks(c *pluginCheckout) (*pluginCheckout, error) {
	hooks, err := os.ReadDir(c.HooksDir)
	if err != nil {
		return nil, err
	}
	c.Hooks = hooks
	return c, nil
}

// checkoutPlugin runs in every job's bootstrap process; several agents share PluginsPath.
func (b *Bootstrap) checkoutPlugin(p *Plugin) (*pluginCheckout, error) {
	id := p.Identifier()
	directory := filepath.Join(b.PluginsPath, id)
	pluginGitDirectory := filepath.Join(directory, ".git")
	checkout := &pluginCheckout{CheckoutDir: directory, HooksDir: filepath.Join(directory, "hooks")}

	// Has it already been checked out?
	if fileExists(pluginGitDirectory) {
		return loadHooks(checkout) // Noncompliant
	}

	if err := os.MkdirAll(directory, 0o777); err != nil {
		return nil, err
	}
	unlock, err := lockFile(filepath.Join(b.PluginsPath, id+".lock"), 5*time.Minute)
	if err != nil {
		return nil, err
	}
	defer unlock()

	// Once we've got the lock, make sure another process didn't already check it out.
	if fileExists(pluginGitDirectory) {
		return loadHooks(checkout)
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
