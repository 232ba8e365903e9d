// https://github.com/vitessio/vitess/pull/14435
// Fixed version: the right-hand callback takes a mutex before checking fieldsSent and keeps
// it until the downstream callback returns, so the result carrying the fields is always
// delivered first.
package engine

import (
	"context"
	"sync"
	"sync/atomic"
)

type column struct{ Name string }

type rowSet struct {
	Fields []*column
	Rows   [][]string
}

type streamer interface {
	Stream(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*rowSet) error) error
}

type shardedRoute struct {
	Shards []func(bindVars map[string]string) *rowSet
}

func (r *shardedRoute) Stream(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*rowSet) error) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(r.Shards))
	for _, shard := range r.Shards {
		wg.Add(1)
		go func(shard func(map[string]string) *rowSet) {
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

type NestedLoopJoin struct {
	Left, Right streamer
	Cols        []int
	Vars        map[string]int
}

func (jn *NestedLoopJoin) StreamJoin(ctx context.Context, bindVars map[string]string, wantfields bool, callback func(*rowSet) error) error {
	var mu sync.Mutex
	var fieldsSent atomic.Bool
	return jn.Left.Stream(ctx, bindVars, wantfields, func(lresult *rowSet) error {
		for _, lrow := range lresult.Rows {
			joinVars := map[string]string{}
			for k, col := range jn.Vars {
				joinVars[k] = lrow[col]
			}
			err := jn.Right.Stream(ctx, joinVars, wantfields, func(rresult *rowSet) error {
				// The fields check and the callback must happen in the same critical section.
				mu.Lock()
				defer mu.Unlock()
				result := &rowSet{}
				if wantfields && fieldsSent.CompareAndSwap(false, true) {
					result.Fields = mergeFields(lresult.Fields, rresult.Fields, jn.Cols)
				}
				for _, rrow := range rresult.Rows {
					result.Rows = append(result.Rows, mergeRows(lrow, rrow, jn.Cols))
				}
				return callback(result)
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func mergeFields(lfields, rfields []*column, cols []int) []*column {
	fields := make([]*column, len(cols))
	for i, index := range cols {
		if index < 0 {
			fields[i] = lfields[-index-1]
			continue
		}
		fields[i] = rfields[index-1]
	}
	return fields
}

func mergeRows(lrow, rrow []string, cols []int) []string {
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
