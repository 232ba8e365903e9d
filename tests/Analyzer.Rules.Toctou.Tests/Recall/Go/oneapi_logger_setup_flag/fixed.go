// https://github.com/songquanpeng/one-api/pull/1339
// Fixed: the log setup runs exactly once through sync.Once, so no flag has to be
// checked and set by concurrent request goroutines.
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

var setupLogOnce sync.Once

func SetupLoggerOnce() {
	setupLogOnce.Do(func() {
		if LogDir != "" {
			logPath := filepath.Join(LogDir, fmt.Sprintf("oneapi-%s.log", time.Now().Format("20060102")))
			fd, err := os.OpenFile(logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
			if err != nil {
				log.Fatal("failed to open log file")
			}
			DefaultWriter = io.MultiWriter(os.Stdout, fd)
			DefaultErrorWriter = io.MultiWriter(os.Stderr, fd)
		}
	})
}

func writeLog(ctx context.Context, level string, msg string) {
	_, _ = fmt.Fprintf(DefaultWriter, "[%s] %v | %s\n", level, time.Now().Format("2006/01/02 - 15:04:05"), msg)
	SetupLoggerOnce()
}

func InfoOnce(ctx context.Context, msg string) {
	writeLog(ctx, "INFO", msg)
}
