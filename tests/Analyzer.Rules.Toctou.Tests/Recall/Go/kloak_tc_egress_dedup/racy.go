// https://github.com/spinningfactory/kloak/pull/239
// attachTCEgress checked tcAttached.Load(netns inode) on entry and did
// tcAttached.Store at the end. The reconciler, PollExecEvents and its retry
// goroutine call AttachTLS for the same pod nearly together; both miss the
// Load, both attach TCX programs (which stack) and both Store. Fix: reserve the
// slot up front with LoadOrStore(placeholder) and drop it on error.
package uprobe

import (
	"os"
	"sync"
	"syscall"
)

type tcAttachEntry struct {
	netnsFd int
}

type Manager struct {
	tcAttached sync.Map // netns inode -> *tcAttachEntry
}

func attachTCX(netnsPath string) (int, error) {
	f, err := os.Open(netnsPath)
	if err != nil {
		return -1, err
	}
	return int(f.Fd()), nil
}

func (m *Manager) attachTCEgress(netnsPath string) error {
	var st syscall.Stat_t
	if err := syscall.Stat(netnsPath, &st); err != nil {
		return err
	}
	if _, ok := m.tcAttached.Load(st.Ino); ok {
		return nil
	}

	fd, err := attachTCX(netnsPath)
	if err != nil {
		return err
	}
	m.tcAttached.Store(st.Ino, &tcAttachEntry{netnsFd: fd}) // Noncompliant
	return nil
}

// AttachTLS is invoked from several goroutines for the same pod.
func (m *Manager) AttachTLS(netnsPath string) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = m.attachTCEgress(netnsPath)
		}()
	}
	wg.Wait()
}
