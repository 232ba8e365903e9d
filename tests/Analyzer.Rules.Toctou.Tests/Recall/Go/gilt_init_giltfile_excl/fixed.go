// https://github.com/retr0h/gilt/pull/346
// Fixed: the Giltfile is created with O_CREATE|O_EXCL, so the existence check
// and the creation are one system call.
package giltcmd

import (
	"errors"
	"fmt"
	"log"
	"os"
)

func runInitExclusive(configFile string) {
	content := encodeDefaults()

	f, err := os.OpenFile(configFile, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			log.Fatalf("file already exists: %s", configFile)
		}
		log.Fatalf("failed to create file %s: %v", configFile, err)
	}
	defer f.Close()

	if _, err := f.Write(content); err != nil {
		log.Fatalf("failed to write file %s: %v", configFile, err)
	}
	fmt.Printf("wrote %s\n", configFile)
}
