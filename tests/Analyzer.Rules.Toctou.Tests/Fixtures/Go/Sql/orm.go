package reservations

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"xorm.io/xorm"
)

type Tag struct {
	Name string `gorm:"primaryKey"`
}

type TeamMember struct {
	TeamID int64 `xorm:"UNIQUE(s)"`
	UserID int64 `xorm:"UNIQUE(s)"`
}

// gorm's find and create are two statements: another request can create the tag in between.
func EnsureTag(db *gorm.DB, tag *Tag) error {
	found := db.Where(&Tag{Name: tag.Name}).Limit(1).Find(tag)
	if found.Error != nil {
		return found.Error
	}
	if found.RowsAffected == 0 {
		return db.Create(tag).Error // Noncompliant [TOCTOU003] {{the SELECT on Tag at line 20 decides the INSERT at line 25; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
	}
	return nil
}

// An upsert clause makes the create one statement that tolerates the row another request made.
func EnsureTagUpsert(db *gorm.DB, tag *Tag) error {
	var count int64
	if err := db.Model(&Tag{}).Where("name = ?", tag.Name).Count(&count).Error; err != nil || count > 0 {
		return err
	}
	return db.Clauses(clause.OnConflict{DoNothing: true}).Create(tag).Error
}

// The membership test in a plain helper reads the table the insert writes, whichever function runs the query; xorm
// names TeamMember's table team_member.
func memberExists(sess *xorm.Session, teamID, userID int64) (bool, error) {
	return sess.Where("team_id = ? AND user_id = ?", teamID, userID).Table("team_member").Exist()
}

func AddMember(engine *xorm.Engine, teamID, userID int64) error {
	exists, err := memberExists(engine.NewSession(), teamID, userID)
	if err != nil || exists {
		return err
	}
	_, err = engine.Insert(&TeamMember{TeamID: teamID, UserID: userID}) // Noncompliant [TOCTOU003] {{the SELECT on team_member at line 46 decides the INSERT at line 50; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
	return err
}

// A model the function declares with its type and the finder fills names the table too.
func EnsureTagNamed(db *gorm.DB, name string) error {
	var existing Tag
	if err := db.Where("name = ?", name).First(&existing).Error; err == nil {
		return nil
	}
	return db.Create(&Tag{Name: name}).Error // Noncompliant [TOCTOU003] {{the SELECT on Tag at line 57 decides the INSERT at line 60; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
}
