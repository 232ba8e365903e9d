// https://github.com/d-l-n/devManager/issues/24 (fixed in commit 8917081)
// Fixed version: starting flag set under the lock.
package process

import (
	"bufio"
	"os/exec"
	"sync"
)

type procRunner struct {
	mu       sync.Mutex
	name     string
	args     []string
	cmd      *exec.Cmd
	starting bool
	output   chan string
}

func newProcRunner(name string, args ...string) *procRunner {
	return &procRunner{name: name, args: args, output: make(chan string, 256)}
}

func (r *procRunner) clearStarting() {
	r.mu.Lock()
	r.starting = false
	r.mu.Unlock()
}

func (r *procRunner) start() error {
	r.mu.Lock()
	if r.cmd != nil || r.starting {
		r.mu.Unlock()
		return ErrAlreadyRunning
	}
	r.starting = true
	r.mu.Unlock()

	cmd := exec.Command(r.name, r.args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		r.clearStarting()
		return err
	}
	if err := cmd.Start(); err != nil {
		r.clearStarting()
		return err
	}

	r.mu.Lock()
	r.cmd = cmd
	r.starting = false
	r.mu.Unlock()

	go r.pump(bufio.NewScanner(stdout))
	go r.wait(cmd)
	return nil
}

func (r *procRunner) pump(sc *bufio.Scanner) {
	for sc.Scan() {
		r.output <- sc.Text()
	}
}

func (r *procRunner) wait(cmd *exec.Cmd) {
	_ = cmd.Wait()
	r.mu.Lock()
	if r.cmd == cmd {
		r.cmd = nil
	}
	r.mu.Unlock()
}

func (r *procRunner) stop() error {
	r.mu.Lock()
	cmd := r.cmd
	r.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return nil
	}
	return cmd.Process.Kill()
}
