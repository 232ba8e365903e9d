package chanlocks

import (
	"errors"
	"sync"
)

var errStopped = errors.New("stopped")

type memTable struct {
	size int
}

// The writer lock is a channel that holds one item: a send takes it and a receive gives it back, so Rotate and Write
// run one at a time, and the table Rotate tests is the one it replaces.
type tableDB struct {
	writeLockC chan struct{}
	closeC     chan struct{}
	mu         sync.Mutex
	mem        *memTable
	frozen     []*memTable
}

func openTableDB() *tableDB {
	return &tableDB{writeLockC: make(chan struct{}, 1), closeC: make(chan struct{}), mem: &memTable{}}
}

func (db *tableDB) rotate() {
	db.mu.Lock()
	db.frozen = append(db.frozen, db.mem)
	db.mem = &memTable{}
	db.mu.Unlock()
}

func (db *tableDB) Write(n int) error {
	select {
	case db.writeLockC <- struct{}{}:
	case <-db.closeC:
		return errStopped
	}
	defer func() { <-db.writeLockC }()
	if db.mem.size+n > 64 {
		db.rotate()
	}
	db.mu.Lock()
	db.mem.size += n
	db.mu.Unlock()
	return nil
}

func (db *tableDB) Rotate() {
	db.writeLockC <- struct{}{}
	if db.mem.size > 0 {
		db.rotate()
	}
	<-db.writeLockC
}

// A channel of many slots lets as many senders through: it is no lock.
type poolDB struct {
	slots  chan struct{}
	mu     sync.Mutex
	mem    *memTable
	frozen []*memTable
}

func openPoolDB() *poolDB {
	return &poolDB{slots: make(chan struct{}, 4), mem: &memTable{}}
}

func (db *poolDB) rotate() {
	db.mu.Lock()
	db.frozen = append(db.frozen, db.mem)
	db.mem = &memTable{}
	db.mu.Unlock()
}

func (db *poolDB) Rotate() {
	db.slots <- struct{}{}
	if db.mem.size > 0 { // Secondary [check]
		db.rotate() // Noncompliant [TOCTOU001] {{db.mem.size is checked at line 80 and changed at line 81 by db.rotate(), but the check runs before db.mu is taken at line 81, inside rotate()}}
	}
	<-db.slots
}

// A channel one method offers an item to without waiting signals the other: it is no lock.
type kickDB struct {
	kick   chan struct{}
	mu     sync.Mutex
	mem    *memTable
	frozen []*memTable
}

func openKickDB() *kickDB {
	return &kickDB{kick: make(chan struct{}, 1), mem: &memTable{}}
}

func (db *kickDB) Notify() {
	select {
	case db.kick <- struct{}{}:
	default:
	}
}

func (db *kickDB) rotate() {
	db.mu.Lock()
	db.frozen = append(db.frozen, db.mem)
	db.mem = &memTable{}
	db.mu.Unlock()
}

func (db *kickDB) Rotate() {
	db.kick <- struct{}{}
	if db.mem.size > 0 { // Secondary [check]
		db.rotate() // Noncompliant [TOCTOU001] {{db.mem.size is checked at line 114 and changed at line 115 by db.rotate(), but the check runs before db.mu is taken at line 115, inside rotate()}}
	}
	<-db.kick
}
