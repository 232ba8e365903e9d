// https://github.com/pachyderm/pachyderm/pull/5842
// Logf checks putObjClient != nil and then sends on msgCh while Close closes msgCh; a user-code
// output copier goroutine writing through a cloned logger passes the check and then panics with
// "send on closed channel". Fix: a shared RWMutex, RLock across check+send, Lock in Close.
package logs

import (
	"fmt"
	"io"
	"os/exec"

	"golang.org/x/sync/errgroup"
)

type putObjectClient interface {
	Send(chunk []byte) error
	CloseAndRecv() error
}

type taggedLogger struct {
	jobID        string
	putObjClient putObjectClient
	msgCh        chan string
	eg           *errgroup.Group
}

func (logger *taggedLogger) clone() *taggedLogger {
	return &taggedLogger{jobID: logger.jobID, putObjClient: logger.putObjClient, msgCh: logger.msgCh, eg: logger.eg}
}

func (logger *taggedLogger) Logf(formatString string, args ...interface{}) {
	msg := fmt.Sprintf(formatString, args...)
	fmt.Println(msg)
	if logger.putObjClient != nil {
		logger.msgCh <- msg + "\n" // Noncompliant
	}
}

func (logger *taggedLogger) Write(p []byte) (int, error) {
	logger.Logf("%s", string(p))
	return len(p), nil
}

func (logger *taggedLogger) Close() error {
	close(logger.msgCh)
	if logger.putObjClient != nil {
		if err := logger.eg.Wait(); err != nil {
			return err
		}
		err := logger.putObjClient.CloseAndRecv()
		logger.putObjClient = nil
		return err
	}
	return nil
}

// runUserCode copies the user process output through a cloned logger in background goroutines.
func runUserCode(logger *taggedLogger, cmd *exec.Cmd) error {
	stdout, _ := cmd.StdoutPipe()
	userLogger := logger.clone()
	go io.Copy(userLogger, stdout)
	if err := cmd.Start(); err != nil {
		return err
	}
	err := cmd.Wait()
	logger.Close()
	return err
}
