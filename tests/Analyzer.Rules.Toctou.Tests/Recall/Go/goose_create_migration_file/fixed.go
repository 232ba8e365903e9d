// https://github.com/pressly/goose/pull/1104
// Fixed: the file is created with O_CREATE|O_EXCL, so the kernel does the
// existence check and the creation in one step; an existing file yields os.ErrExist.
package goosecreate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"text/template"
	"time"
)

type migrationVars struct {
	Version   string
	CamelName string
}

var sqlMigrationTmplFixed = template.Must(template.New("sql").Parse("-- +goose Up\n-- +goose Down\n"))

// CreateMigrationExclusive writes a new blank migration file.
func CreateMigrationExclusive(dir string, tmpl *template.Template, name, migrationType string) error {
	version := time.Now().Format(timestampFormat)
	filename := fmt.Sprintf("%v_%v.%v", version, name, migrationType)
	if tmpl == nil {
		tmpl = sqlMigrationTmplFixed
	}

	path := filepath.Join(dir, filename)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("failed to create migration file: %w", os.ErrExist)
		}
		return fmt.Errorf("failed to create migration file: %w", err)
	}
	defer f.Close()

	vars := migrationVars{Version: version, CamelName: name}
	if err := tmpl.Execute(f, vars); err != nil {
		return fmt.Errorf("failed to execute tmpl: %w", err)
	}
	fmt.Printf("Created new file: %s\n", f.Name())
	return nil
}
