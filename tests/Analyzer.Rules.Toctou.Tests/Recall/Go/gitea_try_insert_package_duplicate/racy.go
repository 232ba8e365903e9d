// https://github.com/go-gitea/gitea/issues/30973 (also https://github.com/go-gitea/gitea/issues/30171, https://github.com/go-gitea/gitea/issues/19586)
// Fix: https://github.com/go-gitea/gitea/pull/37774
// Package uploads call TryInsertPackage, which first SELECTs the (owner, type, lower_name) row
// and, when nothing is found, INSERTs a new package. Parallel uploads of several files of one
// new package (mvn deploy, GoReleaser uploading debs for several architectures) both saw "no
// such package" and both inserted; the second failed with a unique-constraint violation and an
// HTTP 500. The transaction around the call does not help: a SELECT takes no write lock.
// The fix stops trusting the earlier lookup and resolves the unique conflict at insert time.
package packages

import (
	"context"
	"errors"
	"net/http"

	"xorm.io/xorm"
)

var ErrDuplicatePackage = errors.New("package does exist already")

type Package struct {
	ID        int64  `xorm:"pk autoincr"`
	OwnerID   int64  `xorm:"UNIQUE(s) NOT NULL"`
	Type      string `xorm:"UNIQUE(s) NOT NULL"`
	Name      string `xorm:"NOT NULL"`
	LowerName string `xorm:"UNIQUE(s) NOT NULL"`
}

var engine *xorm.Engine

// TryInsertPackage returns ErrDuplicatePackage (and the stored row) if the package exists.
func TryInsertPackage(ctx context.Context, sess *xorm.Session, p *Package) (*Package, error) {
	existing := &Package{OwnerID: p.OwnerID, Type: p.Type, LowerName: p.LowerName}
	has, err := sess.Context(ctx).Get(existing)
	if err != nil {
		return nil, err
	}
	if has {
		return existing, ErrDuplicatePackage
	}
	if _, err := sess.Insert(p); err != nil { // Noncompliant
		return nil, err
	}
	return p, nil
}

// UploadPackageFile is the PUT handler; clients upload several files of one version at once.
func UploadPackageFile(w http.ResponseWriter, r *http.Request, ownerID int64, name string) {
	sess := engine.NewSession()
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	p := &Package{OwnerID: ownerID, Type: "maven", Name: name, LowerName: name}
	if _, err := TryInsertPackage(r.Context(), sess, p); err != nil && !errors.Is(err, ErrDuplicatePackage) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := sess.Commit(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
