// Command goparse parses every file of a list with Go's own go/parser, the yardstick issue 13 measures the Go frontend
// against. Usage: goparse <file-list>. One goroutine per processor. Prints one JSON line: files parsed, files that do
// not parse, and the wall seconds from start to the end.
package main

import (
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	started := time.Now()
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: goparse <file-list>")
		os.Exit(2)
	}
	listing, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	files := strings.Fields(string(listing))
	var failed atomic.Int64
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
				if _, err := parser.ParseFile(token.NewFileSet(), files[i], nil, parser.ParseComments); err != nil {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	out, _ := json.Marshal(map[string]any{"files": len(files), "withErrors": failed.Load(), "seconds": time.Since(started).Seconds()})
	fmt.Println(string(out))
}
