// https://github.com/gravitational/teleport/pull/1607
// AuditLog.rotateLog looked at l.file / l.fileTime and then closed and reopened the
// day's log file without holding the AuditLog mutex, while every session goroutine
// emitting an event calls it (issue #1606, race detector). Two emitters can both decide
// to rotate, double-close the old file and leak one of the new handles.
// Fix: rotateLog takes l.Lock() for the whole check-close-reopen sequence.
package teleportrotate

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

type AuditLog struct {
	sync.Mutex
	Dir            string
	RotationPeriod time.Duration

	file     *os.File
	fileTime time.Time
}

// EmitAuditEvent is called concurrently by every session / API goroutine.
func (l *AuditLog) EmitAuditEvent(line []byte) error {
	if err := l.rotateLog(); err != nil {
		return err
	}
	l.Lock()
	defer l.Unlock()
	_, err := l.file.Write(append(line, '\n'))
	return err
}

// rotateLog checks if the current log file is older than a given duration,
// and if it is, closes it and opens a new one.
func (l *AuditLog) rotateLog() (err error) {
	fileTime := time.Now().In(time.UTC).Round(l.RotationPeriod)
	if l.file == nil || l.fileTime.Before(fileTime) {
		if l.file != nil {
			l.file.Close() // Noncompliant
		}
		name := filepath.Join(l.Dir, fileTime.Format("2006-01-02.15:04:05")+".log")
		l.file, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0640) // Noncompliant
		l.fileTime = fileTime // Noncompliant
	}
	return err
}

func (l *AuditLog) Close() error {
	l.Lock()
	defer l.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	return err
}

// PostSessionSlice emits the events of one session chunk, one goroutine per event,
// as the auth server does for concurrent uploads.
func (l *AuditLog) PostSessionSlice(events [][]byte) {
	var wg sync.WaitGroup
	for _, ev := range events {
		wg.Add(1)
		go func(ev []byte) {
			defer wg.Done()
			_ = l.EmitAuditEvent(ev)
		}(ev)
	}
	wg.Wait()
}
