// https://github.com/go-gorm/gorm/issues/5803
// Fixed as the maintainers advised: add an ON CONFLICT clause so a duplicate
// insert from a concurrent caller is resolved by the database.
package store

import (
	"sync"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

func upsertLanguage(db *gorm.DB, lang *Language) error {
	return db.Clauses(clause.OnConflict{UpdateAll: true}).
		Where(&Language{Code: lang.Code}).
		FirstOrCreate(lang).Error
}

func importLanguagesSafely(db *gorm.DB, codes []string) {
	var wg sync.WaitGroup
	for _, c := range codes {
		wg.Add(1)
		go func(code string) {
			defer wg.Done()
			_ = upsertLanguage(db, &Language{Code: code, Name: code})
		}(c)
	}
	wg.Wait()
}
