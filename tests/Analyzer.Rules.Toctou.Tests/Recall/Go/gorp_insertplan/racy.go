// https://github.com/go-gorp/gorp/issues/296 (fix: https://github.com/go-gorp/gorp/pull/301)
// TableMap.bindInsert builds the INSERT plan lazily: if the cached plan's query is empty it builds one and stores it
// back into the shared TableMap, so concurrent Insert calls from web handlers race on the check and the write.
// The fix builds the plan inside a sync.Once held by the plan.
package gorpplan

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/http"
	"reflect"
)

type ColumnMap struct {
	ColumnName string
	fieldName  string
	isAutoIncr bool
	Transient  bool
}

type bindPlan struct {
	query       string
	argFields   []string
	autoIncrIdx int
}

type bindInstance struct {
	query       string
	args        []interface{}
	autoIncrIdx int
}

func (plan bindPlan) createBindInstance(elem reflect.Value) bindInstance {
	bi := bindInstance{query: plan.query, autoIncrIdx: plan.autoIncrIdx}
	for _, k := range plan.argFields {
		bi.args = append(bi.args, elem.FieldByName(k).Interface())
	}
	return bi
}

type TableMap struct {
	TableName  string
	columns    []*ColumnMap
	insertPlan bindPlan
}

func (t *TableMap) bindInsert(elem reflect.Value) bindInstance {
	plan := t.insertPlan
	if plan.query == "" {
		plan.autoIncrIdx = -1

		s := bytes.Buffer{}
		s2 := bytes.Buffer{}
		s.WriteString(fmt.Sprintf("insert into %s (", t.TableName))

		first := true
		for y, col := range t.columns {
			if col.Transient {
				continue
			}
			if !first {
				s.WriteString(",")
				s2.WriteString(",")
			}
			s.WriteString(col.ColumnName)
			if col.isAutoIncr {
				s2.WriteString("null")
				plan.autoIncrIdx = y
			} else {
				s2.WriteString("?")
				plan.argFields = append(plan.argFields, col.fieldName)
			}
			first = false
		}
		s.WriteString(") values (")
		s.WriteString(s2.String())
		s.WriteString(");")

		plan.query = s.String()
		t.insertPlan = plan // Noncompliant
	}

	return plan.createBindInstance(elem)
}

type DbMap struct {
	Db     *sql.DB
	tables map[reflect.Type]*TableMap
}

func (m *DbMap) Insert(list ...interface{}) error {
	for _, ptr := range list {
		elem := reflect.ValueOf(ptr).Elem()
		table := m.tables[elem.Type()]
		bi := table.bindInsert(elem)
		if _, err := m.Db.Exec(bi.query, bi.args...); err != nil {
			return err
		}
	}
	return nil
}

type Foo struct {
	Id string
}

var dbmap *DbMap

// InsertFoo is called from a web handler, so many requests use the same TableMap at once.
func InsertFoo(w http.ResponseWriter, r *http.Request) {
	p := &Foo{Id: r.URL.Query().Get("id")}
	if err := dbmap.Insert(p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
