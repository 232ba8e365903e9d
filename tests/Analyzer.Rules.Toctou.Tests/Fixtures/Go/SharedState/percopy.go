package percopy

import (
	"crypto/md5"
	"sync"
)

// Each started copy of sendOne is handed an element of its own: the copies share no file, so MD5's memo of its hash is
// the file's own.
type LocalFile struct {
	Path string
	Data []byte
	md5  []byte
}

func (lf *LocalFile) MD5() []byte {
	if len(lf.md5) > 0 {
		return lf.md5
	}
	sum := md5.Sum(lf.Data)
	lf.md5 = sum[:]
	return lf.md5
}

type Upload struct {
	Local *LocalFile
}

func sendOne(u *Upload) {
	_ = u.Local.MD5()
}

func UploadAll(uploads []*Upload) {
	var wg sync.WaitGroup
	for _, u := range uploads {
		wg.Add(1)
		go func(u *Upload) {
			defer wg.Done()
			sendOne(u)
		}(u)
	}
	wg.Wait()
}

// Every copy of note is handed the same tally: the copies share it.
type SeenNames struct {
	seen map[string]bool
}

func (t *SeenNames) Saw(name string) {
	if !t.seen[name] {
		t.seen[name] = true // Noncompliant [TOCTOU001] {{t.seen[name] is checked at line 51 and changed at line 52 by t.seen[name], with no lock held at either point, while Saw runs in every copy of note, which is started in parallel at line 65, in a loop}}
	}
}

func note(t *SeenNames, name string) {
	t.Saw(name)
}

func NoteAll(names []string) *SeenNames {
	t := &SeenNames{seen: map[string]bool{}}
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			note(t, n)
		}(n)
	}
	wg.Wait()
	return t
}
