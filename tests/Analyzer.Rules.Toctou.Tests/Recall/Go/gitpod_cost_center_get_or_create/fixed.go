// https://github.com/gitpod-io/gitpod/pull/15355
// Fixed version: if the INSERT fails with a duplicate-entry error, another request for the same
// attribution ID created the cost center first, so the row is read back instead of failing.
package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

var ErrNoCostCenter = errors.New("CostCenter not found")

type OwnerID string

type CostCenterRow struct {
	ID              OwnerID
	CreationTime    string
	SpendingLimit   int32
	BillingStrategy string
	NextBillingTime string
}

type mysqlConn struct {
	mu   sync.Mutex
	rows map[OwnerID][]CostCenterRow
}

func (c *mysqlConn) SelectLatest(ctx context.Context, id OwnerID) []CostCenterRow {
	c.mu.Lock()
	defer c.mu.Unlock()
	rows := c.rows[id]
	if len(rows) == 0 {
		return nil
	}
	return []CostCenterRow{rows[len(rows)-1]}
}

func (c *mysqlConn) Insert(cc *CostCenterRow) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range c.rows[cc.ID] {
		if r.CreationTime == cc.CreationTime {
			return fmt.Errorf("Error 1062: Duplicate entry '%s-%s' for key 'PRIMARY'", cc.ID, cc.CreationTime)
		}
	}
	c.rows[cc.ID] = append(c.rows[cc.ID], *cc)
	return nil
}

func loadCostCenter(ctx context.Context, db *mysqlConn, id OwnerID) (CostCenterRow, error) {
	results := db.SelectLatest(ctx, id)
	if len(results) == 0 {
		return CostCenterRow{}, ErrNoCostCenter
	}
	return results[0], nil
}

type CostCenterStore struct {
	conn          *mysqlConn
	defaultLimits int32
}

func (c *CostCenterStore) LoadOrCreate(ctx context.Context, id OwnerID) (CostCenterRow, error) {
	now := time.Now().UTC()

	result, err := loadCostCenter(ctx, c.conn, id)
	if err != nil {
		if errors.Is(err, ErrNoCostCenter) {
			result = CostCenterRow{
				ID:              id,
				CreationTime:    now.Format("2006-01-02T15:04:05.000Z"),
				BillingStrategy: "other",
				SpendingLimit:   c.defaultLimits,
				NextBillingTime: now.AddDate(0, 1, 0).Format("2006-01-02T15:04:05.000Z"),
			}
			err := c.conn.Insert(&result)
			if err != nil {
				if strings.HasPrefix(err.Error(), "Error 1062: Duplicate entry") {
					// This can happen if we have multiple concurrent requests for the same attributionID.
					return loadCostCenter(ctx, c.conn, id)
				}
				return CostCenterRow{}, err
			}
			return result, nil
		}
		return CostCenterRow{}, err
	}
	return result, nil
}

type UsageHandler struct {
	store *CostCenterStore
}

func (s *UsageHandler) CostCenter(ctx context.Context, id OwnerID) (CostCenterRow, error) {
	return s.store.LoadOrCreate(ctx, id)
}
