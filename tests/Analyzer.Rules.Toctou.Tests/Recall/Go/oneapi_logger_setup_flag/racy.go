// https://github.com/songquanpeng/one-api/pull/1339
// Every request goroutine logs through logHelper, which checked the unsynchronized
// setupLogWorking flag and then set it and started SetupLogger in a new goroutine.
// Concurrent requests could all see the flag false and re-open log files and swap
// gin's writers at the same time (reported under go run -race).
// Fix: SetupLogger body runs through a sync.Once; the flag-based trigger is gone.
package logger

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sync"
	"time"
)

const maxLogCount = 1000000

var LogDir string

var DefaultWriter io.Writer = os.Stdout
var DefaultErrorWriter io.Writer = os.Stderr

var logCount int
var setupLogLock sync.Mutex
var setupLogWorking bool

func SetupLogger() {
	if LogDir != "" {
		ok := setupLogLock.TryLock()
		if !ok {
			log.Println("setup log is already working")
			return
		}
		defer func() {
			setupLogLock.Unlock()
			setupLogWorking = false
		}()
		logPath := filepath.Join(LogDir, fmt.Sprintf("oneapi-%s.log", time.Now().Format("20060102")))
		fd, err := os.OpenFile(logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
		if err != nil {
			log.Fatal("failed to open log file")
		}
		DefaultWriter = io.MultiWriter(os.Stdout, fd)
		DefaultErrorWriter = io.MultiWriter(os.Stderr, fd)
	}
}

// logHelper is called from HTTP handler goroutines.
func logHelper(ctx context.Context, level string, msg string) {
	_, _ = fmt.Fprintf(DefaultWriter, "[%s] %v | %s\n", level, time.Now().Format("2006/01/02 - 15:04:05"), msg)
	logCount++
	if logCount > maxLogCount && !setupLogWorking {
		logCount = 0
		setupLogWorking = true // Noncompliant
		go func() {
			SetupLogger()
		}()
	}
}

func Info(ctx context.Context, msg string) {
	logHelper(ctx, "INFO", msg)
}
