// https://github.com/treeverse/lakeFS/issues/2661
// Fixed version: the existence check moves into the ref store, which creates the branch only if it is absent and
// reports ErrBranchExists otherwise.
package lakefsbranch

import "context"

type RefStore interface {
	CreateBranch(ctx context.Context, repo, branch string, b Branch) error
	ResolveRef(ctx context.Context, repo, ref string) (string, error)
}

type SafeGraveler struct {
	Refs RefStore
}

func (g *SafeGraveler) CreateBranch(ctx context.Context, repo, branchID, ref string) (*Branch, error) {
	commitID, err := g.Refs.ResolveRef(ctx, repo, ref)
	if err != nil {
		return nil, err
	}
	b := Branch{CommitID: commitID}
	if err := g.Refs.CreateBranch(ctx, repo, branchID, b); err != nil {
		return nil, err
	}
	return &b, nil
}
