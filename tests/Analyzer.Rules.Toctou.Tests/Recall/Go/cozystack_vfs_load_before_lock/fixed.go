// https://github.com/linagora/cozy-stack/pull/4158
// Fixed: the VFS lock is acquired first and the file document is loaded from
// CouchDB under that lock, so the save uses the latest revision.
package files

type lockedInstance struct {
	db    couchDB
	locks lockProvider
}

func (inst *lockedInstance) addReference(fileID, albumID string) error {
	l := inst.locks.ReadWrite("vfs")
	l.Lock()
	defer l.Unlock()
	var doc FileDoc
	if err := inst.db.GetDoc(doctypeFiles, fileID, &doc); err != nil {
		return err
	}
	doc.ReferencedBy = append(doc.ReferencedBy, albumID)
	return inst.db.UpdateDoc(&doc)
}

func (inst *lockedInstance) remoteRename(fileID, newName string) error {
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

func (inst *lockedInstance) runEdits(fileID string) {
	go inst.remoteRename(fileID, "renamed.jpg")
	go inst.addReference(fileID, "album-1")
}
