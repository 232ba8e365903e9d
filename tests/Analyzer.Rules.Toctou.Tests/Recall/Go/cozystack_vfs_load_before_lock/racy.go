// https://github.com/linagora/cozy-stack/pull/4158
// A file document was loaded from CouchDB before the VFS lock was taken, then
// saved under the lock. A concurrent update (e.g. a sharing replication renaming
// the file) could save in between, so the stale revision was written and CouchDB
// kept a conflict (two leaf revisions). The fix loads the document after
// acquiring the VFS lock, so load and save happen under the same lock.
package files

import "sync"

const doctypeFiles = "io.cozy.files"

type FileDoc struct {
	DocID        string
	DocRev       string
	DocName      string
	ReferencedBy []string
}

// couchDB mirrors the couchdb package calls used by the stack.
type couchDB interface {
	GetDoc(doctype, id string, out *FileDoc) error
	UpdateDoc(doc *FileDoc) error
}

// lockProvider mirrors lock.ReadWrite(inst, "vfs").
type lockProvider interface {
	ReadWrite(name string) sync.Locker
}

type Instance struct {
	db    couchDB
	locks lockProvider
}

// addReferencedBy runs in an HTTP handler goroutine, while the sharing
// replicator updates the same file from another goroutine.
func (inst *Instance) addReferencedBy(fileID, albumID string) error {
	var doc FileDoc
	if err := inst.db.GetDoc(doctypeFiles, fileID, &doc); err != nil {
		return err
	}
	l := inst.locks.ReadWrite("vfs")
	l.Lock()
	defer l.Unlock()
	doc.ReferencedBy = append(doc.ReferencedBy, albumID)
	return inst.db.UpdateDoc(&doc) // Noncompliant
}

func (inst *Instance) applyRemoteRename(fileID, newName string) error {
	l := inst.locks.ReadWrite("vfs")
	l.Lock()
	defer l.Unlock()
	var doc FileDoc
	if err := inst.db.GetDoc(doctypeFiles, fileID, &doc); err != nil {
		return err
	}
	doc.DocName = newName
	return inst.db.UpdateDoc(&doc)
}

func (inst *Instance) concurrentEdits(fileID string) {
	go inst.applyRemoteRename(fileID, "renamed.jpg")
	go inst.addReferencedBy(fileID, "album-1")
}
