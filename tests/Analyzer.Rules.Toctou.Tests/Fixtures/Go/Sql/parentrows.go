package reservations

import "database/sql"

type Seats struct {
	db *sql.DB
}

// The event's row is locked first: every transaction that books a seat of the event waits there until this one
// commits, so the count and the insert run as one step for them.
func (s *Seats) Book(eventID, seat int) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var capacity, booked int
	if err := tx.QueryRow("SELECT capacity FROM events WHERE id = $1 FOR UPDATE", eventID).Scan(&capacity); err != nil {
		return err
	}
	if err := tx.QueryRow("SELECT COUNT(*) FROM bookings WHERE event_id = $1", eventID).Scan(&booked); err != nil {
		return err
	}
	if booked < capacity {
		if _, err := tx.Exec("INSERT INTO bookings (event_id, seat) VALUES ($1, $2)", eventID, seat); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Without the lock two transactions can both count a free seat and both book it.
func (s *Seats) BookUnlocked(eventID, seat int) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var capacity, booked int
	if err := tx.QueryRow("SELECT capacity FROM events WHERE id = $1", eventID).Scan(&capacity); err != nil {
		return err
	}
	if err := tx.QueryRow("SELECT COUNT(*) FROM bookings WHERE event_id = $1", eventID).Scan(&booked); err != nil { // Secondary [check]
		return err
	}
	if booked < capacity { // Secondary [guard]
		if _, err := tx.Exec("INSERT INTO bookings (event_id, seat) VALUES ($1, $2)", eventID, seat); err != nil { // Noncompliant [TOCTOU003] {{the SELECT on bookings at line 43 decides the INSERT at line 47 inside `s.db.Begin()` (line 34), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
			return err
		}
	}
	return tx.Commit()
}
