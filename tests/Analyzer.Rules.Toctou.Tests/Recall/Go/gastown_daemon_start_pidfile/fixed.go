// https://github.com/gastownhall/gastown/pull/108
// Fixed version: the daemon first takes an exclusive, non-blocking flock on daemon/daemon.lock
// (released by the kernel when the process dies) and only then writes its PID file; a second
// daemon loses the flock and exits, and the start command reports it as already running.
package daemon

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

var errDaemonAlreadyRunning = errors.New("daemon already running")

func lockedPidFile(townRoot string) string {
	return filepath.Join(townRoot, "daemon", "daemon.pid")
}

func daemonLockFile(townRoot string) string {
	return filepath.Join(townRoot, "daemon", "daemon.lock")
}

func readDaemonPID(townRoot string) (int, bool) {
	data, err := os.ReadFile(lockedPidFile(townRoot))
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return 0, false
	}
	proc, err := os.FindProcess(pid)
	if err != nil || proc.Signal(syscall.Signal(0)) != nil {
		return 0, false
	}
	return pid, true
}

// acquireDaemonLock returns the open lock file, or errDaemonAlreadyRunning if another daemon holds it.
func acquireDaemonLock(townRoot string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(daemonLockFile(townRoot)), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(daemonLockFile(townRoot), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errDaemonAlreadyRunning
		}
		return nil, err
	}
	return f, nil
}

// StartDaemonLocked implements "gt daemon start" and detects a start that lost the lock.
func StartDaemonLocked(gtPath, townRoot string) error {
	if pid, ok := readDaemonPID(townRoot); ok {
		fmt.Printf("Daemon already running (PID %d)\n", pid)
		return nil
	}

	cmd := exec.Command(gtPath, "daemon", "run")
	cmd.Dir = townRoot
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting daemon: %w", err)
	}
	time.Sleep(200 * time.Millisecond)

	pid, ok := readDaemonPID(townRoot)
	if ok && pid != cmd.Process.Pid {
		fmt.Printf("Daemon already running (PID %d)\n", pid)
		return nil
	}
	fmt.Printf("Daemon started (PID %d)\n", cmd.Process.Pid)
	return nil
}

// RunLocked implements "gt daemon run" in the spawned child process.
func RunLocked(townRoot string, heartbeat func()) error {
	lock, err := acquireDaemonLock(townRoot)
	if err != nil {
		return err
	}
	defer lock.Close()

	if err := os.WriteFile(lockedPidFile(townRoot), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	defer os.Remove(lockedPidFile(townRoot))

	ticker := time.NewTicker(3 * time.Minute)
	defer ticker.Stop()
	for range ticker.C {
		heartbeat()
	}
	return nil
}
