// https://github.com/sirupsen/logrus/pull/218
// TextFormatter.Format filled in a missing TimestampFormat by testing the shared field and then
// writing the default back into it. One formatter instance serves every goroutine that logs and
// Format runs outside the logger mutex, so the test and the write raced (issue #217). Fix: leave
// the shared field alone and resolve the default into a local that is passed down.
package logrusfmt

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"
)

const DefaultTimestampFormat = time.RFC3339

type Fields map[string]interface{}

type TextFormatter struct {
	ForceColors      bool
	DisableTimestamp bool
	TimestampFormat  string
}

type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Message string
}

func (f *TextFormatter) Format(entry *Entry) ([]byte, error) {
	keys := make([]string, 0, len(entry.Data))
	for k := range entry.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := &bytes.Buffer{}

	if f.TimestampFormat == "" {
		f.TimestampFormat = DefaultTimestampFormat // Noncompliant
	}
	if f.ForceColors {
		f.printColored(b, entry, keys)
	} else {
		if !f.DisableTimestamp {
			fmt.Fprintf(b, "time=%q ", entry.Time.Format(f.TimestampFormat))
		}
		fmt.Fprintf(b, "msg=%q", entry.Message)
		for _, k := range keys {
			fmt.Fprintf(b, " %s=%v", k, entry.Data[k])
		}
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func (f *TextFormatter) printColored(b *bytes.Buffer, entry *Entry, keys []string) {
	fmt.Fprintf(b, "\x1b[36mINFO\x1b[0m[%s] %-44s ", entry.Time.Format(f.TimestampFormat), entry.Message)
	for _, k := range keys {
		fmt.Fprintf(b, " \x1b[36m%s\x1b[0m=%v", k, entry.Data[k])
	}
}

type Logger struct {
	mu        sync.Mutex
	Out       io.Writer
	Formatter *TextFormatter
}

// log mirrors Entry.log: format first (no lock), then write under the logger mutex.
func (l *Logger) log(msg string, data Fields) {
	entry := &Entry{Logger: l, Data: data, Time: time.Now(), Message: msg}
	serialized, err := l.Formatter.Format(entry)
	if err != nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.Out.Write(serialized)
}

func logFromWorkers(l *Logger, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.log("worker done", Fields{"id": i})
		}(i)
	}
	wg.Wait()
}
