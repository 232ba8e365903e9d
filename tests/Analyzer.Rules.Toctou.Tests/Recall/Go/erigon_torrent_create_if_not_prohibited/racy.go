// https://github.com/erigontech/erigon/pull/9782
// The downloader did `if !prohibited(file) && !exists(file) { create(file) }` using
// TorrentFiles methods that each take tf.lock separately. Another goroutine (or an edit of
// prohibit_new_downloads.lock) could change the state between the checks and Create. The fix
// adds CreateIfNotProhibited, which checks the lock file, existence and creates under one lock.
package downloader

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

const prohibitFileName = "prohibit_new_downloads.lock"

// TorrentFiles provides thread-safe CRUD operations on .torrent files.
type TorrentFiles struct {
	lock sync.Mutex
	dir  string
}

func (tf *TorrentFiles) Exists(name string) bool {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	_, err := os.Stat(filepath.Join(tf.dir, name+".torrent"))
	return err == nil
}

func (tf *TorrentFiles) NewDownloadsAreProhibited(name string) (bool, error) {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	data, err := os.ReadFile(filepath.Join(tf.dir, prohibitFileName))
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

func (tf *TorrentFiles) Create(name string, res []byte) error {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	fPath := filepath.Join(tf.dir, name+".torrent")
	if err := os.WriteFile(fPath+".tmp", res, 0o644); err != nil {
		return err
	}
	return os.Rename(fPath+".tmp", fPath)
}

func (tf *TorrentFiles) ProhibitNewDownloads(fileType string) error {
	tf.lock.Lock()
	defer tf.lock.Unlock()
	f, err := os.OpenFile(filepath.Join(tf.dir, prohibitFileName), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(fileType + "\n")
	return err
}

type Downloader struct {
	torrentFiles *TorrentFiles
}

// addTorrentFromWebseed is run by the webseed discovery goroutines, one per file.
func (d *Downloader) addTorrentFromWebseed(name string, res []byte) error {
	prohibited, err := d.torrentFiles.NewDownloadsAreProhibited(name)
	if err != nil {
		return err
	}
	if !prohibited && !d.torrentFiles.Exists(name) {
		return d.torrentFiles.Create(name, res) // Noncompliant
	}
	return nil
}

func (d *Downloader) discover(files map[string][]byte) {
	var wg sync.WaitGroup
	for name, res := range files {
		wg.Add(1)
		go func(name string, res []byte) {
			defer wg.Done()
			_ = d.addTorrentFromWebseed(name, res)
		}(name, res)
	}
	wg.Wait()
}
