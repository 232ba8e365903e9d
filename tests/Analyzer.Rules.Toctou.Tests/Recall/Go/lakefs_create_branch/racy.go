// https://github.com/treeverse/lakeFS/issues/2661
// CreateBranch looked the branch up in the ref store and, when it was missing, wrote it with SetBranch, which
// overwrites on conflict: two concurrent API requests creating the same branch both succeeded. Fixed version (ours, the
// shape the issue asks for): the ref store creates the branch only if it is absent, in one operation.
package lakefsbranch

import (
	"context"
	"errors"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrBranchExists = errors.New("branch already exists")
)

type Branch struct {
	CommitID string
}

type RefManager interface {
	GetBranch(ctx context.Context, repo, branch string) (*Branch, error)
	SetBranch(ctx context.Context, repo, branch string, b Branch) error
	ResolveRef(ctx context.Context, repo, ref string) (string, error)
}

type Graveler struct {
	RefManager RefManager
}

// CreateBranch is called by the REST handler for POST /repositories/{repo}/branches.
func (g *Graveler) CreateBranch(ctx context.Context, repo, branchID, ref string) (*Branch, error) {
	_, err := g.RefManager.GetBranch(ctx, repo, branchID)
	if err == nil {
		return nil, ErrBranchExists
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	commitID, err := g.RefManager.ResolveRef(ctx, repo, ref)
	if err != nil {
		return nil, err
	}
	b := Branch{CommitID: commitID}
	if err := g.RefManager.SetBranch(ctx, repo, branchID, b); err != nil { // Noncompliant [TOCTOU002]
		return nil, err
	}
	return &b, nil
}
