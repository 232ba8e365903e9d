// https://github.com/spinningfactory/kloak/pull/239
// Fixed: a placeholder is reserved with LoadOrStore before attaching, so only
// the winning caller attaches; the placeholder is deleted if attaching fails.
package uprobe

import (
	"sync"
	"syscall"
)

type SafeManager struct {
	tcAttached sync.Map
}

func (m *SafeManager) attachEgressOnce(netnsPath string) error {
	var st syscall.Stat_t
	if err := syscall.Stat(netnsPath, &st); err != nil {
		return err
	}
	placeholder := &tcAttachEntry{netnsFd: -1}
	if _, loaded := m.tcAttached.LoadOrStore(st.Ino, placeholder); loaded {
		return nil
	}
	succeeded := false
	defer func() {
		if !succeeded {
			m.tcAttached.Delete(st.Ino)
		}
	}()

	fd, err := attachTCX(netnsPath)
	if err != nil {
		return err
	}
	m.tcAttached.Store(st.Ino, &tcAttachEntry{netnsFd: fd})
	succeeded = true
	return nil
}

func (m *SafeManager) AttachAll(netnsPath string) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = m.attachEgressOnce(netnsPath)
		}()
	}
	wg.Wait()
}
