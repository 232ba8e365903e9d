package reservations

import (
	"database/sql"
	"strings"
)

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
		if _, err := tx.Exec("INSERT INTO bookings (event_id, seat) VALUES ($1, $2)", eventID, seat); err != nil { // Noncompliant [TOCTOU003] {{the SELECT on bookings at line 46 decides the INSERT at line 50 inside `s.db.Begin()` (line 37), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
			return err
		}
	}
	return tx.Commit()
}

// Locking the rows of the table it inserts into locks none that is missing: two transactions both find a seat's row
// missing and both insert it. The queries are built from a literal and a list of placeholders, or kept in a local.
func (s *Seats) Hold(eventID int, seats []int) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec("SELECT seat FROM holds WHERE event_id = $1 AND seat IN "+placeholders(len(seats))+" FOR UPDATE", eventID); err != nil {
		return err
	}
	var held int
	if err := tx.QueryRow("SELECT COUNT(*) FROM holds WHERE event_id = "+"$1", eventID).Scan(&held); err != nil { // Secondary [check]
		return err
	}
	insert := "INSERT INTO holds (event_id, seat) VALUES ($1, $2)"
	if held == 0 { // Secondary [guard]
		for _, seat := range seats {
			if _, err := tx.Exec(insert, eventID, seat); err != nil { // Noncompliant [TOCTOU003] {{the SELECT on holds at line 69 decides the INSERT at line 75 inside `s.db.Begin()` (line 60), which locks no rows, and whose FOR UPDATE at line 65 locks only the rows of holds that are there, not the one the INSERT adds; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
				return err
			}
		}
	}
	return tx.Commit()
}

func placeholders(n int) string {
	if n == 0 {
		return "()"
	}
	return "(?" + strings.Repeat(", ?", n-1) + ")"
}

// The count is tested again by the UPDATE itself, which raises it only while it is under the limit: the database tests
// and changes the row in one step. A plain set of the count the SELECT read loses another transaction's change.
func (s *Seats) Reserve(eventID int) error {
	var reserved, limit int
	if err := s.db.QueryRow("SELECT reserved, seat_limit FROM events WHERE id = $1", eventID).Scan(&reserved, &limit); err != nil {
		return err
	}
	if reserved >= limit {
		return nil
	}
	_, err := s.db.Exec("UPDATE events SET reserved = reserved + 1 WHERE id = $1 AND reserved + 1 <= seat_limit", eventID)
	return err
}

func (s *Seats) ReserveStale(eventID int) error {
	var reserved, limit int
	if err := s.db.QueryRow("SELECT reserved, seat_limit FROM events WHERE id = $1", eventID).Scan(&reserved, &limit); err != nil { // Secondary [check]
		return err
	}
	if reserved >= limit { // Secondary [guard]
		return nil
	}
	_, err := s.db.Exec("UPDATE events SET reserved = $2 WHERE id = $1", eventID, reserved+1) // Noncompliant [TOCTOU003] {{the SELECT on events at line 106 decides the UPDATE at line 112; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
	return err
}
