// https://github.com/Mininglamp-OSS/octo-lib/pull/79 (closes issue #77)
// pkg/log configured its package-global zap loggers lazily (`if warnLogger == nil { Configure(...) }` in
// Info/Warn/...). First log calls made from several goroutines at once read the nil globals while another
// goroutine was writing them inside Configure. Fix: configMu serializes configuration and the logger set
// is published via one atomic.Pointer, re-checked under the mutex before configuring.
package octolog

import (
	"fmt"
	"io"
	"os"
	"sync"
)

type Options struct {
	Level   string
	LogDir  string
	LineNum bool
}

func NewOptions() *Options {
	return &Options{Level: "info", LogDir: "./logs"}
}

type zapLogger struct {
	name string
	out  io.Writer
}

func (l *zapLogger) Info(msg string)  { fmt.Fprintf(l.out, "[%s] info %s\n", l.name, msg) }
func (l *zapLogger) Warn(msg string)  { fmt.Fprintf(l.out, "[%s] warn %s\n", l.name, msg) }
func (l *zapLogger) Error(msg string) { fmt.Fprintf(l.out, "[%s] error %s\n", l.name, msg) }

var infoLogger, errorLogger, warnLogger *zapLogger

// Configure (re)builds the package loggers.
func Configure(opts *Options) {
	infoLogger = &zapLogger{name: opts.LogDir + "/info.log", out: os.Stdout}
	errorLogger = &zapLogger{name: opts.LogDir + "/error.log", out: os.Stderr}
	warnLogger = &zapLogger{name: opts.LogDir + "/warn.log", out: os.Stdout}
}

func Info(msg string) {
	if infoLogger == nil {
		Configure(NewOptions()) // Noncompliant
	}
	infoLogger.Info(msg)
}

func Warn(msg string) {
	if warnLogger == nil {
		Configure(NewOptions()) // Noncompliant
	}
	warnLogger.Warn(msg)
}

// NotifyAll is shaped like modules/notify: one goroutine per target, each may log a warning.
func NotifyAll(targets []string, send func(string) error) {
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			if err := send(t); err != nil {
				Warn("notify " + t + " failed: " + err.Error())
			}
		}(t)
	}
	wg.Wait()
}
