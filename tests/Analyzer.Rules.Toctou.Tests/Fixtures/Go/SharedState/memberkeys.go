package sharedstate

import "sync"

type Document struct {
	Path string
	Body string
}

// A store that keys its documents by their path: Save is handed the document and files it under doc.Path.
type DocumentStore struct {
	mu   sync.RWMutex
	docs map[string]*Document
}

func (s *DocumentStore) Lookup(path string) *Document {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.docs[path]
}

func (s *DocumentStore) Save(doc *Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[doc.Path] = doc
}

type DocumentService struct {
	store *DocumentStore
}

// The lookup by the document's path and the save of the document name one entry.
func (d *DocumentService) Publish(doc *Document) bool {
	if d.store.Lookup(doc.Path) != nil { // Secondary [check]
		return false
	}
	d.store.Save(doc) // Noncompliant [TOCTOU001] {{d.store's entry for doc.Path is checked at line 34 and changed at line 37 by d.store.Save(doc), checked under the read lock d.store.mu and changed under the write lock taken at line 37, inside Save() without re-checking}}
	return true
}

// Another document's path: another entry.
func (d *DocumentService) PublishCopy(doc, original *Document) bool {
	if d.store.Lookup(original.Path) == nil {
		return false
	}
	d.store.Save(doc)
	return true
}
