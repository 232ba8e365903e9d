// https://github.com/gitpod-io/gitpod/pull/15355
// The usage service serves concurrent gRPC requests for the same attribution ID. Each runs
// GetOrCreateCostCenter: SELECT the latest cost center and, if none is found, gorm-Save (INSERT)
// a default one. Two requests can both miss and both insert; the second fails with "Error 1062:
// Duplicate entry". Fix: treat the duplicate-entry error as lost and re-read the existing row.
package db

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var CostCenterNotFound = errors.New("CostCenter not found")

type AttributionID string

type CostCenter struct {
	ID              AttributionID
	CreationTime    string
	SpendingLimit   int32
	BillingStrategy string
	NextBillingTime string
}

// conn is a stub for the *gorm.DB connection to MySQL table d_b_cost_center.
type conn struct {
	mu   sync.Mutex
	rows map[AttributionID][]CostCenter
}

func (c *conn) FindLatest(ctx context.Context, id AttributionID) []CostCenter {
	c.mu.Lock()
	defer c.mu.Unlock()
	rows := c.rows[id]
	if len(rows) == 0 {
		return nil
	}
	return []CostCenter{rows[len(rows)-1]}
}

// Save inserts the row; MySQL rejects a second row with the same primary key.
func (c *conn) Save(cc *CostCenter) error {
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

func getCostCenter(ctx context.Context, db *conn, attributionID AttributionID) (CostCenter, error) {
	results := db.FindLatest(ctx, attributionID)
	if len(results) == 0 {
		return CostCenter{}, CostCenterNotFound
	}
	return results[0], nil
}

type CostCenterManager struct {
	conn          *conn
	defaultLimits int32
}

// GetOrCreateCostCenter returns the latest version of cost center for the given attributionID.
// This method creates a cost center and stores it in the DB if there is no preexisting one.
func (c *CostCenterManager) GetOrCreateCostCenter(ctx context.Context, attributionID AttributionID) (CostCenter, error) {
	now := time.Now().UTC()

	result, err := getCostCenter(ctx, c.conn, attributionID)
	if err != nil {
		if errors.Is(err, CostCenterNotFound) {
			result = CostCenter{
				ID:              attributionID,
				CreationTime:    now.Format("2006-01-02T15:04:05.000Z"),
				BillingStrategy: "other",
				SpendingLimit:   c.defaultLimits,
				NextBillingTime: now.AddDate(0, 1, 0).Format("2006-01-02T15:04:05.000Z"),
			}
			err := c.conn.Save(&result) // Noncompliant
			if err != nil {
				return CostCenter{}, err
			}
			return result, nil
		}
		return CostCenter{}, err
	}
	return result, nil
}

// UsageService is the gRPC handler; grpc-go calls it from one goroutine per request.
type UsageService struct {
	costCenterManager *CostCenterManager
}

func (s *UsageService) GetCostCenter(ctx context.Context, attributionID AttributionID) (CostCenter, error) {
	return s.costCenterManager.GetOrCreateCostCenter(ctx, attributionID)
}
