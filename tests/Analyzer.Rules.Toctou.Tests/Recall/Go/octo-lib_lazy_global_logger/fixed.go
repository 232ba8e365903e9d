// https://github.com/Mininglamp-OSS/octo-lib/pull/79 (closes issue #77)
// Fixed version: mutex + atomic.Pointer with double check.
package octolog

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Level   string
	LogDir  string
	LineNum bool
}

func defaultSettings() *Settings {
	return &Settings{Level: "info", LogDir: "./logs"}
}

type sinkLogger struct {
	name string
	out  io.Writer
}

func (l *sinkLogger) Info(msg string)  { fmt.Fprintf(l.out, "[%s] info %s\n", l.name, msg) }
func (l *sinkLogger) Warn(msg string)  { fmt.Fprintf(l.out, "[%s] warn %s\n", l.name, msg) }
func (l *sinkLogger) Error(msg string) { fmt.Fprintf(l.out, "[%s] error %s\n", l.name, msg) }

type loggerSet struct {
	info *sinkLogger
	err  *sinkLogger
	warn *sinkLogger
}

var (
	configMu sync.Mutex
	loggers  atomic.Pointer[loggerSet]
)

func Setup(s *Settings) {
	configMu.Lock()
	defer configMu.Unlock()
	setupLocked(s)
}

func setupLocked(s *Settings) *loggerSet {
	set := &loggerSet{
		info: &sinkLogger{name: s.LogDir + "/info.log", out: os.Stdout},
		err:  &sinkLogger{name: s.LogDir + "/error.log", out: os.Stderr},
		warn: &sinkLogger{name: s.LogDir + "/warn.log", out: os.Stdout},
	}
	loggers.Store(set)
	return set
}

func current() *loggerSet {
	if ls := loggers.Load(); ls != nil {
		return ls
	}
	configMu.Lock()
	defer configMu.Unlock()
	if ls := loggers.Load(); ls != nil {
		return ls
	}
	return setupLocked(defaultSettings())
}

func InfoMsg(msg string)  { current().info.Info(msg) }
func WarnMsg(msg string)  { current().warn.Warn(msg) }
func ErrorMsg(msg string) { current().err.Error(msg) }

func notifyTargets(targets []string, send func(string) error) {
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			if err := send(t); err != nil {
				WarnMsg("notify " + t + " failed: " + err.Error())
			}
		}(t)
	}
	wg.Wait()
}
