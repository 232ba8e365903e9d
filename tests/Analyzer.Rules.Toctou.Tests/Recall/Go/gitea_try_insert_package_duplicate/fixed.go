// https://github.com/go-gitea/gitea/issues/30973, fix https://github.com/go-gitea/gitea/pull/37774
// Fixed shape: the INSERT is attempted first and a unique-constraint conflict is turned into
// "already exists" by reading the row that the other upload committed.
package packages

import (
	"context"
	"strings"

	"xorm.io/xorm"
)

type PkgRow struct {
	ID        int64  `xorm:"pk autoincr"`
	OwnerID   int64  `xorm:"UNIQUE(s) NOT NULL"`
	Type      string `xorm:"UNIQUE(s) NOT NULL"`
	Name      string `xorm:"NOT NULL"`
	LowerName string `xorm:"UNIQUE(s) NOT NULL"`
}

func isUniqueViolation(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "duplicate") || strings.Contains(msg, "unique constraint")
}

func InsertPackageOrGetExisting(ctx context.Context, sess *xorm.Session, p *PkgRow) (*PkgRow, error) {
	if _, err := sess.Context(ctx).Insert(p); err != nil {
		if !isUniqueViolation(err) {
			return nil, err
		}
		existing := &PkgRow{OwnerID: p.OwnerID, Type: p.Type, LowerName: p.LowerName}
		if has, gerr := sess.Get(existing); gerr != nil || !has {
			return nil, err
		}
		return existing, ErrDuplicatePackage
	}
	return p, nil
}
