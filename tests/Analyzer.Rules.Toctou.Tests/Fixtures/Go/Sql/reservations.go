package reservations

import "database/sql"

type Reservations struct {
	db *sql.DB
}

func (r *Reservations) Reserve(name string) error {
	var n int
	if err := r.db.QueryRow("SELECT COUNT(*) FROM reservations WHERE name = $1", name).Scan(&n); err != nil { // Secondary [check]
		return err
	}
	if n == 0 { // Secondary [guard]
		_, err := r.db.Exec("INSERT INTO reservations (name) VALUES ($1)", name) // Noncompliant [TOCTOU003] {{the SELECT on reservations at line 11 decides the INSERT at line 15; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
		return err
	}
	return nil
}

func (r *Reservations) ReserveUpsert(name string) error {
	_, err := r.db.Exec("INSERT INTO reservations (name) VALUES ($1) ON CONFLICT (name) DO NOTHING", name)
	return err
}

func (r *Reservations) ReserveLocked(tx *sql.Tx, name string) error {
	var n int
	if err := tx.QueryRow("SELECT COUNT(*) FROM reservations WHERE name = $1 FOR UPDATE", name).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		_, err := tx.Exec("INSERT INTO reservations (name) VALUES ($1)", name)
		return err
	}
	return nil
}

func (r *Reservations) Count() (int, error) {
	var n int
	err := r.db.QueryRow("SELECT COUNT(*) FROM reservations").Scan(&n)
	return n, err
}
