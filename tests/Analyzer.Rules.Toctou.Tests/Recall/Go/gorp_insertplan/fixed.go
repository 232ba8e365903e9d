// https://github.com/go-gorp/gorp/issues/296 (fix: https://github.com/go-gorp/gorp/pull/301)
// Fixed version: the plan is reached through a pointer and built exactly once with sync.Once, so concurrent
// inserts never see or write a half-built plan.
package gorpplan

import (
	"bytes"
	"database/sql"
	"fmt"
	"net/http"
	"reflect"
	"sync"
)

type columnDef struct {
	name      string
	field     string
	autoIncr  bool
	transient bool
}

type insertPlan struct {
	once        sync.Once
	query       string
	argFields   []string
	autoIncrIdx int
}

type boundInsert struct {
	query       string
	args        []interface{}
	autoIncrIdx int
}

func (p *insertPlan) bind(elem reflect.Value) boundInsert {
	bi := boundInsert{query: p.query, autoIncrIdx: p.autoIncrIdx}
	for _, k := range p.argFields {
		bi.args = append(bi.args, elem.FieldByName(k).Interface())
	}
	return bi
}

type tableMapping struct {
	name   string
	cols   []*columnDef
	insert insertPlan
}

func (t *tableMapping) insertBinding(elem reflect.Value) boundInsert {
	plan := &t.insert
	plan.once.Do(func() {
		plan.autoIncrIdx = -1

		s := bytes.Buffer{}
		s2 := bytes.Buffer{}
		s.WriteString(fmt.Sprintf("insert into %s (", t.name))

		first := true
		for y, col := range t.cols {
			if col.transient {
				continue
			}
			if !first {
				s.WriteString(",")
				s2.WriteString(",")
			}
			s.WriteString(col.name)
			if col.autoIncr {
				s2.WriteString("null")
				plan.autoIncrIdx = y
			} else {
				s2.WriteString("?")
				plan.argFields = append(plan.argFields, col.field)
			}
			first = false
		}
		s.WriteString(") values (")
		s.WriteString(s2.String())
		s.WriteString(");")
		plan.query = s.String()
	})
	return plan.bind(elem)
}

type mapper struct {
	db     *sql.DB
	tables map[reflect.Type]*tableMapping
}

func (m *mapper) insertAll(list ...interface{}) error {
	for _, ptr := range list {
		elem := reflect.ValueOf(ptr).Elem()
		bi := m.tables[elem.Type()].insertBinding(elem)
		if _, err := m.db.Exec(bi.query, bi.args...); err != nil {
			return err
		}
	}
	return nil
}

type Bar struct {
	Id string
}

var sharedMapper *mapper

func InsertBar(w http.ResponseWriter, r *http.Request) {
	b := &Bar{Id: r.URL.Query().Get("id")}
	if err := sharedMapper.insertAll(b); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
