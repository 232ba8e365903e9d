// https://github.com/vnovick/itervox/issues/64
// Fixed version: the pid file is claimed with an atomic hard link that fails if the name exists,
// and only on EEXIST is the existing owner's liveness checked.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

func daemonPIDPath(workflowPath string) string {
	return filepath.Join(filepath.Dir(workflowPath), ".itervox", "daemon.pid")
}

func ownerPID(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(strings.SplitN(strings.TrimSpace(string(data)), "\t", 2)[0])
}

func pidIsAlive(pid int) bool {
	proc, err := os.FindProcess(pid)
	if err != nil || pid <= 0 {
		return false
	}
	return proc.Signal(syscall.Signal(0)) == nil
}

// linkClaim writes the full content to a temp file in the same directory and links it into
// place; os.Link fails with EEXIST when another daemon already holds the name.
func linkClaim(target, content string) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), ".daemon-*.pid")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Link(tmp.Name(), target)
}

func claimDaemonPIDFile(workflowPath string) (string, error) {
	target := daemonPIDPath(workflowPath)
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return "", err
	}
	abs, _ := filepath.Abs(workflowPath)
	err := linkClaim(target, fmt.Sprintf("%d\t%s\n", os.Getpid(), abs))
	if err == nil {
		return target, nil
	}
	if !errors.Is(err, os.ErrExist) {
		return "", fmt.Errorf("claim pid file: %w", err)
	}
	if pid, rerr := ownerPID(target); rerr == nil && pidIsAlive(pid) {
		return "", fmt.Errorf("another daemon already running (pid=%d), see %s", pid, target)
	}
	return "", fmt.Errorf("stale pid file %s: remove it after confirming no daemon runs", target)
}
