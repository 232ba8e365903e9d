// https://github.com/go-gitea/gitea/pull/19702
// AddTeamMember checked IsTeamMember before opening the transaction and then inserted the
// team_user row inside it; two concurrent API requests adding the same user both passed the
// check and the second INSERT failed with "Duplicate entry" (issue #19697).
// Fix: repeat the membership check inside the transaction, right before the insert.
package organization

import (
	"context"

	"xorm.io/xorm"
)

type TeamUser struct {
	ID     int64 `xorm:"pk autoincr"`
	OrgID  int64 `xorm:"INDEX"`
	TeamID int64 `xorm:"UNIQUE(s)"`
	UID    int64 `xorm:"UNIQUE(s)"`
}

type Team struct {
	ID         int64 `xorm:"pk autoincr"`
	OrgID      int64
	NumMembers int
}

var x *xorm.Engine

func isTeamMember(sess *xorm.Session, orgID, teamID, userID int64) (bool, error) {
	return sess.Where("org_id=?", orgID).And("team_id=?", teamID).And("uid=?", userID).Table("team_user").Exist()
}

// AddTeamMember is called from the HTTP handler PUT /teams/{id}/members/{username}.
func AddTeamMember(ctx context.Context, team *Team, userID int64) error {
	isAlreadyMember, err := isTeamMember(x.NewSession(), team.OrgID, team.ID, userID)
	if err != nil || isAlreadyMember {
		return err
	}

	sess := x.NewSession().Context(ctx)
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	if _, err := sess.Insert(&TeamUser{UID: userID, OrgID: team.OrgID, TeamID: team.ID}); err != nil { // Noncompliant
		return err
	}
	if _, err := sess.Incr("num_members").ID(team.ID).Update(new(Team)); err != nil {
		return err
	}
	team.NumMembers++
	return sess.Commit()
}
