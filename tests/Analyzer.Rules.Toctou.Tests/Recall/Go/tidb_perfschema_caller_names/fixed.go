// https://github.com/pingcap/tidb/pull/1226
// Fixed shape: the lookup of the caller's source and the insert on a miss run
// under one package-level mutex, so only one session fills the entry.
package perfschema

import (
	"fmt"
	"runtime"
	"sync"
)

type CallerKind int

var (
	callerSourceMu sync.Mutex
	callerSources  = make(map[CallerKind]string)
)

type StmtRecord struct {
	connID  uint64
	source  string
	sqlText string
}

type perfSchemaSafe struct{}

func (ps *perfSchemaSafe) BeginStatement(sql string, connID uint64, kind CallerKind) *StmtRecord {
	callerSourceMu.Lock()
	source, ok := callerSources[kind]
	if !ok {
		_, fileName, fileLine, found := runtime.Caller(1)
		if !found {
			callerSourceMu.Unlock()
			return nil
		}
		source = fmt.Sprintf("%s:%d", fileName, fileLine)
		callerSources[kind] = source
	}
	callerSourceMu.Unlock()
	return &StmtRecord{
		connID:  connID,
		source:  source,
		sqlText: sql,
	}
}

func acceptConnections(ps *perfSchemaSafe, conns int) {
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func(id uint64) {
			defer wg.Done()
			ps.BeginStatement("select 1", id, CallerKind(1))
		}(uint64(i))
	}
	wg.Wait()
}
