// https://github.com/vnovick/itervox/issues/64
// The daemon's single-instance guard was read-check-write: requireNoLiveDaemon read
// .itervox/daemon.pid and probed the recorded pid with signal 0, and if the file was missing
// or stale the caller went on to write its own pid with a rename-based write that replaces
// whatever is there. Two daemons started at the same time for the same WORKFLOW.md could
// both find no live owner and both write the pid file, then share one .itervox directory
// (HEARTBEAT.md, outbox, automation queue). The fix claims the pid file atomically (temp file
// + os.Link, which fails with EEXIST) and only then asks whether an existing owner is alive.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

func pidFilePath(workflowPath string) string {
	return filepath.Join(filepath.Dir(workflowPath), ".itervox", "daemon.pid")
}

func readPIDFile(workflowPath string) (int, string, error) {
	path := pidFilePath(workflowPath)
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, path, err
	}
	pid, err := strconv.Atoi(strings.SplitN(strings.TrimSpace(string(data)), "\t", 2)[0])
	return pid, path, err
}

func processAlive(pid int) bool {
	proc, err := os.FindProcess(pid)
	if err != nil || pid <= 0 {
		return false
	}
	return proc.Signal(syscall.Signal(0)) == nil
}

// writeFileAtomic writes a temp file and renames it over path (replaces any existing file).
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func requireNoLiveDaemon(workflowPath string) error {
	pid, path, err := readPIDFile(workflowPath)
	if err != nil {
		return nil // no pid file: assume no daemon
	}
	if !processAlive(pid) {
		return nil // stale: caller overwrites it
	}
	return fmt.Errorf("another daemon already running (pid=%d), see %s", pid, path)
}

// startDaemon runs in every "itervox" process launched for this project.
func startDaemon(workflowPath string) (string, error) {
	if err := requireNoLiveDaemon(workflowPath); err != nil {
		return "", err
	}
	path := pidFilePath(workflowPath)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	abs, _ := filepath.Abs(workflowPath)
	content := fmt.Sprintf("%d\t%s\n", os.Getpid(), abs)
	if err := writeFileAtomic(path, []byte(content)); err != nil { // Noncompliant
		return "", fmt.Errorf("write pid file: %w", err)
	}
	return path, nil
}
