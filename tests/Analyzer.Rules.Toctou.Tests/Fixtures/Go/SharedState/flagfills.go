package sharedstate

import (
	"os"
	"sync"
)

// A repository handle shared by every goroutine that reads objects from it.
type objectDir struct {
	mu          sync.Mutex
	openFiles   map[string]*os.File
	scanned     bool
	stagingName string
}

func (d *objectDir) open(name string) (*os.File, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if f, ok := d.openFiles[name]; ok {
		return f, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	d.openFiles[name] = f
	return f, nil
}

// The flag is set only after the branch has filled the name its answer is made from: two callers can both find it
// unset and both scan, one writing the name while the other reads it.
func (d *objectDir) hasStaging() bool {
	if !d.scanned { // Secondary [check]
		entries, err := os.ReadDir("objects")
		if err == nil {
			for _, entry := range entries {
				if entry.IsDir() {
					d.stagingName = entry.Name()
				}
			}
		}
		d.scanned = true // Noncompliant [TOCTOU001] {{d.scanned is checked at line 33 and changed at line 42 by d.scanned, with no lock held at either point, though objectDir has a lock, mu; the flag is set only after the branch fills d.stagingName: two callers that run it at once can both find it unset and both fill it, one while the other reads it: memoisation, harmless only if filling it twice is}}
	}
	return d.stagingName != ""
}

// The same in a type nothing shows to be shared: no finding.
type scratchDir struct {
	scanned     bool
	stagingName string
}

func (d *scratchDir) hasStaging() bool {
	if !d.scanned {
		d.stagingName = os.Getenv("STAGING")
		d.scanned = true
	}
	return d.stagingName != ""
}
