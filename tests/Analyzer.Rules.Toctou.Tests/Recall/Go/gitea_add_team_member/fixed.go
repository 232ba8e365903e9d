// https://github.com/go-gitea/gitea/pull/19702
// Fixed: the membership check is repeated inside the transaction ("check in transaction")
// so the insert only runs when the row is still absent in that transaction.
package organization

import (
	"context"

	"xorm.io/xorm"
)

func teamMemberExists(sess *xorm.Session, orgID, teamID, userID int64) (bool, error) {
	return sess.Where("org_id=?", orgID).And("team_id=?", teamID).And("uid=?", userID).Table("team_user").Exist()
}

func AddTeamMemberChecked(ctx context.Context, team *Team, userID int64) error {
	isAlreadyMember, err := teamMemberExists(x.NewSession(), team.OrgID, team.ID, userID)
	if err != nil || isAlreadyMember {
		return err
	}

	sess := x.NewSession().Context(ctx)
	defer sess.Close()
	if err := sess.Begin(); err != nil {
		return err
	}

	// check in transaction
	isAlreadyMember, err = teamMemberExists(sess, team.OrgID, team.ID, userID)
	if err != nil || isAlreadyMember {
		return err
	}

	if _, err := sess.Insert(&TeamUser{UID: userID, OrgID: team.OrgID, TeamID: team.ID}); err != nil {
		return err
	}
	if _, err := sess.Incr("num_members").ID(team.ID).Update(new(Team)); err != nil {
		return err
	}
	team.NumMembers++
	return sess.Commit()
}
