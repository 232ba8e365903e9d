package queue

// Indexer is the informer's local cache; it locks itself on every call.
type Indexer interface {
	ListIDs() []string
	GetByID(id string) (interface{}, bool, error)
}
