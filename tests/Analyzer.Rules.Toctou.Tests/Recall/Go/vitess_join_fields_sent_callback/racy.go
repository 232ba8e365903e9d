// https://github.com/vitessio/vitess/pull/14435
// Join.TryStreamExecute streams the right side, whose callback runs on one goroutine per shard.
// Each callback checks fieldsSent and then calls the downstream callback, so another shard can
// see the flag set and deliver rows without fields before the fields were sent (issue #14433).
// Fix: one mutex covers the fieldsSent check and the downstream callback invocation.
package engine

import (
	"context"
	"sync"
	"sync/atomic"
)

type Field struct{ Name string }

type Result struct {
	Fields []*Field
	Rows   [][]string
}

type Primitive interface {
	StreamExecute(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*Result) error) error
}

// Route streams from several shards; each shard calls callback from its own goroutine.
type Route struct {
	Shards []func(bindVars map[string]string) *Result
}

func (r *Route) StreamExecute(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*Result) error) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(r.Shards))
	for _, shard := range r.Shards {
		wg.Add(1)
		go func(shard func(map[string]string) *Result) {
			defer wg.Done()
			if err := callback(shard(bindVars)); err != nil {
				errs <- err
			}
		}(shard)
	}
	wg.Wait()
	close(errs)
	return <-errs
}

type Join struct {
	Left, Right Primitive
	Cols        []int
	Vars        map[string]int
}

func (jn *Join) TryStreamExecute(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*Result) error) error {
	var fieldsSent atomic.Bool
	return jn.Left.StreamExecute(ctx, bindVars, wantfields, func(lresult *Result) error {
		for _, lrow := range lresult.Rows {
			joinVars := map[string]string{}
			for k, col := range jn.Vars {
				joinVars[k] = lrow[col]
			}
			err := jn.Right.StreamExecute(ctx, joinVars, wantfields, func(rresult *Result) error {
				result := &Result{}
				if wantfields && fieldsSent.CompareAndSwap(false, true) {
					result.Fields = joinFields(lresult.Fields, rresult.Fields, jn.Cols)
				}
				for _, rrow := range rresult.Rows {
					result.Rows = append(result.Rows, joinRows(lrow, rrow, jn.Cols))
				}
				return callback(result) // Noncompliant
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func joinFields(lfields, rfields []*Field, cols []int) []*Field {
	fields := make([]*Field, len(cols))
	for i, index := range cols {
		if index < 0 {
			fields[i] = lfields[-index-1]
			continue
		}
		fields[i] = rfields[index-1]
	}
	return fields
}

func joinRows(lrow, rrow []string, cols []int) []string {
	row := make([]string, len(cols))
	for i, index := range cols {
		if index < 0 {
			row[i] = lrow[-index-1]
			continue
		}
		if rrow != nil {
			row[i] = rrow[index-1]
		}
	}
	return row
}
