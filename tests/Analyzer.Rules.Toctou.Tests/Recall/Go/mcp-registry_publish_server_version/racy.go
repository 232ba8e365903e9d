// https://github.com/modelcontextprotocol/registry/pull/528
// Publish() read all existing versions of a server name inside a transaction, checked the version
// cap and duplicates, decided whether the new version is the latest, then inserted it. Two
// concurrent publishes of one name both saw the old rows: two versions marked isLatest=true,
// duplicate (serverId, version) rows, or one name split over two serverIds.
// Fix: pg_advisory_xact_lock(hash(name)) as the first statement of the transaction (+ unique indexes).
package mcpregistry

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
)

const maxServerVersionsPerServer = 10000

const insertServerSQL = `INSERT INTO servers (server_id, name, version, is_latest) VALUES ($1, $2, $3, $4)`

var serverIDSeq atomic.Int64

func newServerID() string { return fmt.Sprintf("srv-%d", serverIDSeq.Add(1)) }

var (
	ErrMaxServersReached = errors.New("maximum number of versions for this server reached")
	ErrInvalidVersion    = errors.New("cannot publish duplicate version")
)

type ServerJSON struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type serverRow struct {
	ServerID string
	Version  string
	IsLatest bool
}

type registryService struct {
	db *sql.DB
}

func listVersions(ctx context.Context, tx *sql.Tx, name string) ([]serverRow, error) {
	rows, err := tx.QueryContext(ctx,
		`SELECT server_id, version, is_latest FROM servers WHERE name = $1`, name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []serverRow
	for rows.Next() {
		var r serverRow
		if err := rows.Scan(&r.ServerID, &r.Version, &r.IsLatest); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (s *registryService) Publish(ctx context.Context, req ServerJSON) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	existing, err := listVersions(ctx, tx, req.Name)
	if err != nil {
		return err
	}
	if len(existing) >= maxServerVersionsPerServer {
		return ErrMaxServersReached
	}
	serverID, isLatest := newServerID(), true
	for _, v := range existing {
		if v.Version == req.Version {
			return ErrInvalidVersion
		}
		serverID = v.ServerID
		if v.IsLatest && CompareVersions(req.Version, v.Version) <= 0 {
			isLatest = false
		}
	}
	if isLatest {
		if _, err := tx.ExecContext(ctx, // Noncompliant
			`UPDATE servers SET is_latest = false WHERE name = $1 AND is_latest`, req.Name); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, insertServerSQL, serverID, req.Name, req.Version, isLatest)
	if err != nil {
		return err
	}
	return tx.Commit()
}

// CompareVersions is a stand-in for the registry's semver-aware comparison.
func CompareVersions(a, b string) int { return strings.Compare(a, b) }

// POST /v0/publish; net/http serves every request on its own goroutine.
func (s *registryService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req ServerJSON
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Publish(r.Context(), req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}
