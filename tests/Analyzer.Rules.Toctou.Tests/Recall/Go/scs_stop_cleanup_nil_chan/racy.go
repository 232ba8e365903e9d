// https://github.com/alexedwards/scs/issues/228
// NewWithCleanupInterval starts startCleanup in a goroutine, and that goroutine is what assigns
// p.stopCleanup. StopCleanup checks the field for nil and then sends on it; the goroutine may
// assign it between, or not yet, so the check and send see different states. Fix (issue #228,
// applied to the stores via #231): make the channel in the constructor before the goroutine starts.
package sqlite3store

import (
	"database/sql"
	"log"
	"time"
)

type SQLite3Store struct {
	db          *sql.DB
	stopCleanup chan bool
}

func NewWithCleanupInterval(db *sql.DB, cleanupInterval time.Duration) *SQLite3Store {
	p := &SQLite3Store{db: db}
	if cleanupInterval > 0 {
		go p.startCleanup(cleanupInterval)
	}
	return p
}

func (p *SQLite3Store) Delete(token string) error {
	_, err := p.db.Exec("DELETE FROM sessions WHERE token = $1", token)
	return err
}

func (p *SQLite3Store) startCleanup(interval time.Duration) {
	p.stopCleanup = make(chan bool)
	ticker := time.NewTicker(interval)
	for {
		select {
		case <-ticker.C:
			if err := p.deleteExpired(); err != nil {
				log.Println(err)
			}
		case <-p.stopCleanup:
			ticker.Stop()
			return
		}
	}
}

func (p *SQLite3Store) StopCleanup() {
	if p.stopCleanup != nil {
		p.stopCleanup <- true // Noncompliant
	}
}

func (p *SQLite3Store) deleteExpired() error {
	_, err := p.db.Exec("DELETE FROM sessions WHERE expiry < julianday('now')")
	return err
}
