// https://github.com/go-gorm/gorm/issues/5803
// FirstOrCreate runs SELECT then, if no row, INSERT: two goroutines upserting the same record
// both find nothing and both insert, one failing with "UNIQUE constraint failed". Maintainers:
// the composite API is not atomic; use clause.OnConflict. racy.go spells out the same
// find-then-create sequence FirstOrCreate performs.
package store

import (
	"sync"

	"gorm.io/gorm"
)

type Language struct {
	Code string `gorm:"primaryKey"`
	Name string
}

func firstOrCreateLanguage(db *gorm.DB, lang *Language) error {
	tx := db.Where(&Language{Code: lang.Code}).Limit(1).Find(lang)
	if tx.Error != nil {
		return tx.Error
	}
	if tx.RowsAffected == 0 {
		return db.Create(lang).Error // Noncompliant
	}
	return nil
}

func importLanguages(db *gorm.DB, codes []string) {
	var wg sync.WaitGroup
	for _, c := range codes {
		wg.Add(1)
		go func(code string) {
			defer wg.Done()
			_ = firstOrCreateLanguage(db, &Language{Code: code, Name: code})
		}(c)
	}
	wg.Wait()
}
