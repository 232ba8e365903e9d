// https://github.com/gastownhall/gastown/pull/108
// "gt daemon start" asked IsRunning() (PID file + liveness probe) and, finding none, spawned
// "gt daemon run", which wrote the PID file later. Parallel starts all passed the check before any PID
// file existed, leaving orphan daemons. Fix: the daemon takes an exclusive non-blocking flock on
// daemon/daemon.lock before writing its PID, and start reports the losing spawn as already running.
package daemon

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func pidFile(townRoot string) string {
	return filepath.Join(townRoot, "daemon", "daemon.pid")
}

// IsRunning reports whether a live daemon owns the PID file of this town.
func IsRunning(townRoot string) (bool, int, error) {
	data, err := os.ReadFile(pidFile(townRoot))
	if os.IsNotExist(err) {
		return false, 0, nil
	}
	if err != nil {
		return false, 0, err
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return false, 0, nil
	}
	proc, err := os.FindProcess(pid)
	if err != nil || proc.Signal(syscall.Signal(0)) != nil {
		_ = os.Remove(pidFile(townRoot))
		return false, 0, nil
	}
	return true, pid, nil
}

// StartDaemon implements "gt daemon start".
func StartDaemon(gtPath, townRoot string) error {
	running, pid, err := IsRunning(townRoot)
	if err != nil {
		return fmt.Errorf("checking daemon status: %w", err)
	}
	if running {
		fmt.Printf("Daemon already running (PID %d)\n", pid)
		return nil
	}

	cmd := exec.Command(gtPath, "daemon", "run")
	cmd.Dir = townRoot
	if err := cmd.Start(); err != nil { // Noncompliant
		return fmt.Errorf("starting daemon: %w", err)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Printf("Daemon started (PID %d)\n", cmd.Process.Pid)
	return nil
}

// Run implements "gt daemon run", executed in the spawned child process.
func Run(townRoot string, heartbeat func()) error {
	if err := os.MkdirAll(filepath.Dir(pidFile(townRoot)), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(pidFile(townRoot), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	defer os.Remove(pidFile(townRoot))

	ticker := time.NewTicker(3 * time.Minute)
	defer ticker.Stop()
	for range ticker.C {
		heartbeat()
	}
	return nil
}
