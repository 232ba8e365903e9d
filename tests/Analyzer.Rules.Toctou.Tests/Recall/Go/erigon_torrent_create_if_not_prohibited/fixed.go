// https://github.com/erigontech/erigon/pull/9782
// Fixed version: CreateIfNotProhibited checks the prohibit lock file and the
// .torrent existence and creates the file while holding the same mutex.
package downloader

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

const prohibitListName = "prohibit_new_downloads.lock"

type AtomicTorrentFiles struct {
	lock sync.Mutex
	dir  string
}

func (tf *AtomicTorrentFiles) exists(name string) bool {
	_, err := os.Stat(filepath.Join(tf.dir, name+".torrent"))
	return err == nil
}

func (tf *AtomicTorrentFiles) newDownloadsAreProhibited(name string) (bool, error) {
	data, err := os.ReadFile(filepath.Join(tf.dir, prohibitListName))
	if os.IsNotExist(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	for _, p := range strings.Fields(string(data)) {
		if strings.Contains(name, p) {
			return true, nil
		}
	}
	return false, nil
}

func (tf *AtomicTorrentFiles) create(name string, res []byte) error {
	fPath := filepath.Join(tf.dir, name+".torrent")
	if err := os.WriteFile(fPath+".tmp", res, 0o644); err != nil {
		return err
	}
	return os.Rename(fPath+".tmp", fPath)
}

// CreateIfNotProhibited does check-lock, existence and create in one critical section.
func (tf *AtomicTorrentFiles) CreateIfNotProhibited(name string, res []byte) (prohibited, created bool, err error) {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	prohibited, err = tf.newDownloadsAreProhibited(name)
	if err != nil {
		return false, false, err
	}
	if prohibited || tf.exists(name) {
		return prohibited, false, nil
	}
	if err = tf.create(name, res); err != nil {
		return false, false, err
	}
	return false, true, nil
}

func (tf *AtomicTorrentFiles) ProhibitNewDownloads(fileType string) error {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	f, err := os.OpenFile(filepath.Join(tf.dir, prohibitListName), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(fileType + "\n")
	return err
}

type snapshotDownloader struct {
	torrentFiles *AtomicTorrentFiles
}

func (d *snapshotDownloader) discover(files map[string][]byte) {
	var wg sync.WaitGroup
	for name, res := range files {
		wg.Add(1)
		go func(name string, res []byte) {
			defer wg.Done()
			_, _, _ = d.torrentFiles.CreateIfNotProhibited(name, res)
		}(name, res)
	}
	wg.Wait()
}
