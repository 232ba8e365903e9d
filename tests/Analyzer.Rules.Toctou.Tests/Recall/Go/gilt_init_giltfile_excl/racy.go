// https://github.com/retr0h/gilt/pull/346
// `gilt init` refused to run if os.Stat found the Giltfile, then wrote it with
// os.WriteFile (O_CREATE|O_TRUNC). Another process can create the file (or plant
// a symlink) between the Stat and the write, which is then clobbered. Fix: open
// the target with O_CREATE|O_EXCL and treat os.ErrExist as "already exists".
package giltcmd

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func encodeDefaults() []byte {
	var b bytes.Buffer
	b.WriteString("repositories:\n  - git: \"\"\n    version: \"\"\n    dstDir: \"\"\n")
	return b.Bytes()
}

// runInit is the Run function of the cobra "init" command.
func runInit(configFile string) {
	content := encodeDefaults()

	if _, err := os.Stat(configFile); err == nil {
		log.Fatalf("file already exists: %s", configFile)
	}

	if err := os.WriteFile(configFile, content, 0o644); err != nil { // Noncompliant
		log.Fatalf("failed to write file %s: %v", configFile, err)
	}
	fmt.Printf("wrote %s\n", configFile)
}
