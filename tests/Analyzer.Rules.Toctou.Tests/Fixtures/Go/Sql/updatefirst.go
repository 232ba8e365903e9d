package reservations

import "database/sql"

type Settings struct {
	db *sql.DB
}

// An update that matched no row decides an insert: two writers of a new key both match none and both insert it.
func (s *Settings) Put(key, value string) error {
	res, err := s.db.Exec("UPDATE settings SET value = $1 WHERE key = $2", value, key) // Secondary [check]
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 { // Secondary [guard]
		_, err = s.db.Exec("INSERT INTO settings (key, value) VALUES ($1, $2)", key, value) // Noncompliant [TOCTOU003] {{the rows the UPDATE of settings at line 11 matched decide the INSERT at line 20; without an upsert, another transaction can insert or change the row in between}}
	}
	return err
}

// One upsert inserts or updates in a single statement.
func (s *Settings) PutUpsert(key, value string) error {
	_, err := s.db.Exec("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", key, value)
	return err
}
