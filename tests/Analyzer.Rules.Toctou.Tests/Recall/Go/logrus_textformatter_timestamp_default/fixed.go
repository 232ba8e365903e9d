// https://github.com/sirupsen/logrus/pull/218 (merged)
// Format no longer writes to the shared formatter: the default timestamp layout is resolved
// into a local variable and handed to printColored.
package logrusfmt

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"
)

const defaultLayout = time.RFC3339

type SafeFields map[string]interface{}

type SafeTextFormatter struct {
	ForceColors      bool
	DisableTimestamp bool
	TimestampFormat  string
}

type SafeEntry struct {
	Logger  *SafeLogger
	Data    SafeFields
	Time    time.Time
	Message string
}

func (f *SafeTextFormatter) Format(entry *SafeEntry) ([]byte, error) {
	keys := make([]string, 0, len(entry.Data))
	for k := range entry.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := &bytes.Buffer{}

	timestampFormat := f.TimestampFormat
	if timestampFormat == "" {
		timestampFormat = defaultLayout
	}
	if f.ForceColors {
		f.printColored(b, entry, keys, timestampFormat)
	} else {
		if !f.DisableTimestamp {
			fmt.Fprintf(b, "time=%q ", entry.Time.Format(timestampFormat))
		}
		fmt.Fprintf(b, "msg=%q", entry.Message)
		for _, k := range keys {
			fmt.Fprintf(b, " %s=%v", k, entry.Data[k])
		}
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func (f *SafeTextFormatter) printColored(b *bytes.Buffer, entry *SafeEntry, keys []string, timestampFormat string) {
	fmt.Fprintf(b, "\x1b[36mINFO\x1b[0m[%s] %-44s ", entry.Time.Format(timestampFormat), entry.Message)
	for _, k := range keys {
		fmt.Fprintf(b, " \x1b[36m%s\x1b[0m=%v", k, entry.Data[k])
	}
}

type SafeLogger struct {
	mu        sync.Mutex
	Out       io.Writer
	Formatter *SafeTextFormatter
}

func (l *SafeLogger) log(msg string, data SafeFields) {
	entry := &SafeEntry{Logger: l, Data: data, Time: time.Now(), Message: msg}
	serialized, err := l.Formatter.Format(entry)
	if err != nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.Out.Write(serialized)
}

func logFromWorkersSafe(l *SafeLogger, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.log("worker done", SafeFields{"id": i})
		}(i)
	}
	wg.Wait()
}
