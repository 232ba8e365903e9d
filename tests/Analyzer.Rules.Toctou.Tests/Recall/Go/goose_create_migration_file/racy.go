// https://github.com/pressly/goose/pull/1104
// goose create: the migration file path was probed with os.Stat and, when
// absent, created with os.Create. Two `goose create` runs in the same second
// produce the same path; both can pass the probe and the second one truncates
// the first file. The fix opens the path with O_CREATE|O_EXCL and reports os.ErrExist.
package goosecreate

import (
	"fmt"
	"os"
	"path/filepath"
	"text/template"
	"time"
)

const timestampFormat = "20060102150405"

type tmplVars struct {
	Version   string
	CamelName string
}

var sqlMigrationTemplate = template.Must(template.New("sql").Parse("-- +goose Up\n-- +goose Down\n"))

// CreateWithTemplate writes a new blank migration file.
func CreateWithTemplate(dir string, tmpl *template.Template, name, migrationType string) error {
	version := time.Now().Format(timestampFormat)
	filename := fmt.Sprintf("%v_%v.%v", version, name, migrationType)
	if tmpl == nil {
		tmpl = sqlMigrationTemplate
	}

	path := filepath.Join(dir, filename)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		return fmt.Errorf("failed to create migration file: %w", err)
	}

	f, err := os.Create(path) // Noncompliant
	if err != nil {
		return fmt.Errorf("failed to create migration file: %w", err)
	}
	defer f.Close()

	vars := tmplVars{Version: version, CamelName: name}
	if err := tmpl.Execute(f, vars); err != nil {
		return fmt.Errorf("failed to execute tmpl: %w", err)
	}
	fmt.Printf("Created new file: %s\n", f.Name())
	return nil
}
