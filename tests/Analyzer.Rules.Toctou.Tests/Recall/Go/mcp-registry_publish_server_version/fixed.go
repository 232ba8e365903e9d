// https://github.com/modelcontextprotocol/registry/pull/528
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package mcpregistry

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

type lockedRegistryService struct {
	db *sql.DB
}

// hashServerName maps a server name to an advisory lock id (FNV-1a, masked to 63 bits).
func hashServerName(name string) int64 {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	hash := uint64(offset64)
	for i := 0; i < len(name); i++ {
		hash ^= uint64(name[i])
		hash *= prime64
	}
	return int64(hash & 0x7FFFFFFFFFFFFFFF)
}

func (s *lockedRegistryService) PublishLocked(ctx context.Context, req ServerJSON) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	// Serialize publishes of the same server name until this transaction ends.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, hashServerName(req.Name)); err != nil {
		return err
	}

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
		if _, err := tx.ExecContext(ctx,
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

func (s *lockedRegistryService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req ServerJSON
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.PublishLocked(r.Context(), req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}
