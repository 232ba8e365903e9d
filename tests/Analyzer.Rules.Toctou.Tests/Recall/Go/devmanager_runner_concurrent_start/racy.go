// https://github.com/d-l-n/devManager/issues/24 (fixed in commit 8917081)
// Runner.Start checked `r.cmd == nil` under the mutex but released it before cmd.Start() and the
// assignment of r.cmd, so two concurrent Start calls could both pass and launch the process twice.
// Fix: a `starting` flag set under the lock rejects concurrent calls; it is cleared on every error
// path and once r.cmd is assigned.
package process

import (
	"bufio"
	"errors"
	"os/exec"
	"sync"
)

var ErrAlreadyRunning = errors.New("process already running")

type Runner struct {
	mu     sync.Mutex
	name   string
	args   []string
	cmd    *exec.Cmd
	output chan string
}

func NewRunner(name string, args ...string) *Runner {
	return &Runner{name: name, args: args, output: make(chan string, 256)}
}

func (r *Runner) Start() error {
	r.mu.Lock()
	if r.cmd != nil {
		r.mu.Unlock()
		return ErrAlreadyRunning
	}
	r.mu.Unlock()

	cmd := exec.Command(r.name, r.args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}

	r.mu.Lock()
	r.cmd = cmd // Noncompliant
	r.mu.Unlock()

	go r.pump(bufio.NewScanner(stdout))
	go r.wait(cmd)
	return nil
}

func (r *Runner) pump(sc *bufio.Scanner) {
	for sc.Scan() {
		r.output <- sc.Text()
	}
}

func (r *Runner) wait(cmd *exec.Cmd) {
	_ = cmd.Wait()
	r.mu.Lock()
	if r.cmd == cmd {
		r.cmd = nil
	}
	r.mu.Unlock()
}

func (r *Runner) Stop() error {
	r.mu.Lock()
	cmd := r.cmd
	r.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return nil
	}
	return cmd.Process.Kill()
}
