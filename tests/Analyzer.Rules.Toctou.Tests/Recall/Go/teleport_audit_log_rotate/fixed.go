// https://github.com/gravitational/teleport/pull/1607
// Fixed version: the rotation check and the close/reopen of the log file run under
// the same FileAuditLog mutex, so only one emitter can rotate at a time.
package teleportrotate

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

type FileAuditLog struct {
	sync.Mutex
	Dir            string
	RotationPeriod time.Duration

	file     *os.File
	fileTime time.Time
}

func (l *FileAuditLog) EmitEvent(line []byte) error {
	if err := l.rotateFile(); err != nil {
		return err
	}
	l.Lock()
	defer l.Unlock()
	_, err := l.file.Write(append(line, '\n'))
	return err
}

func (l *FileAuditLog) rotateFile() (err error) {
	l.Lock()
	defer l.Unlock()

	fileTime := time.Now().In(time.UTC).Round(l.RotationPeriod)
	if l.file == nil || l.fileTime.Before(fileTime) {
		if l.file != nil {
			l.file.Close()
		}
		name := filepath.Join(l.Dir, fileTime.Format("2006-01-02.15:04:05")+".log")
		l.file, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0640)
		l.fileTime = fileTime
	}
	return err
}

func (l *FileAuditLog) CloseLog() error {
	l.Lock()
	defer l.Unlock()
	if l.file == nil {
		return nil
	}
	err := l.file.Close()
	l.file = nil
	return err
}

func (l *FileAuditLog) PostSlice(events [][]byte) {
	var wg sync.WaitGroup
	for _, ev := range events {
		wg.Add(1)
		go func(ev []byte) {
			defer wg.Done()
			_ = l.EmitEvent(ev)
		}(ev)
	}
	wg.Wait()
}
