// https://github.com/pingcap/tidb/pull/1226
// StartStatement looks callerName up in the package-level callerNames map and,
// on a miss, works out the caller's source and stores it. Every client
// connection runs this on its own goroutine, so two sessions can miss the same
// key together and both write the map ("concurrent map writes" crash, #1225).
// Fix: one package-level mutex guards both the lookup and the insert.
package perfschema

import (
	"fmt"
	"runtime"
	"sync"
)

type EnumCallerName int

var callerNames = make(map[EnumCallerName]string)

type StatementState struct {
	connID  uint64
	source  string
	sqlText string
}

type perfSchema struct{}

func (ps *perfSchema) StartStatement(sql string, connID uint64, callerName EnumCallerName) *StatementState {
	var source string
	source, ok := callerNames[callerName]
	if !ok {
		_, fileName, fileLine, ok := runtime.Caller(1)
		if !ok {
			return nil
		}
		source = fmt.Sprintf("%s:%d", fileName, fileLine)
		callerNames[callerName] = source // Noncompliant
	}
	return &StatementState{
		connID:  connID,
		source:  source,
		sqlText: sql,
	}
}

// serveConnections mimics the server: one goroutine per client connection,
// each one starting a statement.
func serveConnections(ps *perfSchema, conns int) {
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func(id uint64) {
			defer wg.Done()
			ps.StartStatement("select 1", id, EnumCallerName(1))
		}(uint64(i))
	}
	wg.Wait()
}
