// https://github.com/pachyderm/pachyderm/pull/5842
// Fixed: an RWMutex shared by all clones; Logf holds the read lock across the putObjClient
// check and the send, Close takes the write lock, closes msgCh and sets putObjClient to nil,
// so no writer can pass the check once the channel is closed.
package logs

import (
	"fmt"
	"io"
	"os/exec"
	"sync"

	"golang.org/x/sync/errgroup"
)

// objSink is shared by a logger and all of its clones.
type objSink struct {
	mu           sync.RWMutex
	putObjClient putObjectClient
	msgCh        chan string
	eg           *errgroup.Group
}

type lockedLogger struct {
	jobID string
	sink  *objSink
}

func (logger *lockedLogger) cloneShared() *lockedLogger {
	return &lockedLogger{jobID: logger.jobID, sink: logger.sink}
}

func (logger *lockedLogger) Logf(formatString string, args ...interface{}) {
	msg := fmt.Sprintf(formatString, args...)
	fmt.Println(msg)
	logger.sink.mu.RLock()
	defer logger.sink.mu.RUnlock()
	if logger.sink.putObjClient != nil {
		logger.sink.msgCh <- msg + "\n"
	}
}

func (logger *lockedLogger) Write(p []byte) (int, error) {
	logger.Logf("%s", string(p))
	return len(p), nil
}

func (logger *lockedLogger) Close() error {
	s := logger.sink
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.putObjClient == nil {
		return nil
	}
	close(s.msgCh)
	if err := s.eg.Wait(); err != nil {
		return err
	}
	err := s.putObjClient.CloseAndRecv()
	s.putObjClient = nil
	return err
}

func runUserCodeLocked(logger *lockedLogger, cmd *exec.Cmd) error {
	stdout, _ := cmd.StdoutPipe()
	userLogger := logger.cloneShared()
	go io.Copy(userLogger, stdout)
	if err := cmd.Start(); err != nil {
		return err
	}
	err := cmd.Wait()
	logger.Close()
	return err
}
