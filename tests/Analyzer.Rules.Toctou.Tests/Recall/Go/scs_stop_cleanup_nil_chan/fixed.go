// https://github.com/alexedwards/scs/issues/228
// Fixed: the stop channel is created before the cleanup goroutine is started, so the field is
// never written concurrently and StopCleanup's nil check stays valid.
package sqlite3store

import (
	"database/sql"
	"log"
	"time"
)

type SafeSQLite3Store struct {
	db        *sql.DB
	stopClean chan bool
}

func NewSafeWithCleanupInterval(db *sql.DB, cleanupInterval time.Duration) *SafeSQLite3Store {
	p := &SafeSQLite3Store{db: db}
	if cleanupInterval > 0 {
		p.stopClean = make(chan bool)
		go p.runCleanup(cleanupInterval)
	}
	return p
}

func (p *SafeSQLite3Store) Delete(token string) error {
	_, err := p.db.Exec("DELETE FROM sessions WHERE token = $1", token)
	return err
}

func (p *SafeSQLite3Store) runCleanup(interval time.Duration) {
	ticker := time.NewTicker(interval)
	for {
		select {
		case <-ticker.C:
			if err := p.removeExpired(); err != nil {
				log.Println(err)
			}
		case <-p.stopClean:
			ticker.Stop()
			return
		}
	}
}

func (p *SafeSQLite3Store) StopCleanup() {
	if p.stopClean != nil {
		p.stopClean <- true
	}
}

func (p *SafeSQLite3Store) removeExpired() error {
	_, err := p.db.Exec("DELETE FROM sessions WHERE expiry < julianday('now')")
	return err
}
