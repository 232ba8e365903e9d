// https://github.com/linuxkit/linuxkit/pull/4127
// Fixed: a failed create is not fatal; after a short wait the loop inspects again and uses
// the container another process created in the meantime (up to 3 attempts).
package pkglib

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"time"
)

type safeBuilderRunner struct {
	image string
}

func (dr *safeBuilderRunner) run(stdout io.Writer, args ...string) error {
	cmd := exec.Command("docker", args...)
	cmd.Stdout = stdout
	cmd.Stderr = io.Discard
	return cmd.Run()
}

func (dr *safeBuilderRunner) ensureBuilderRetry(dockerContext, name string) error {
	const retries = 3
	for i := 0; i < retries; i++ {
		var b bytes.Buffer
		if err := dr.run(&b, "--context", dockerContext, "container", "inspect", name); err == nil {
			fmt.Printf("using existing container %s\n", name)
			// `container start` is a no-op if a parallel process already started it
			return dr.run(io.Discard, "--context", dockerContext, "container", "start", name)
		}
		args := []string{"--context", dockerContext, "container", "create", "--name", name, "--privileged", dr.image}
		if err := dr.run(nil, args...); err != nil {
			// someone else may have created it between inspect and create: retry
			time.Sleep(time.Second)
			continue
		}
		return dr.run(io.Discard, "--context", dockerContext, "container", "start", name)
	}
	return fmt.Errorf("unable to create or find builder container %s after %d retries", name, retries)
}

func buildAllSafe(dr *safeBuilderRunner, pkgs []string) {
	done := make(chan error, len(pkgs))
	for range pkgs {
		go func() {
			done <- dr.ensureBuilderRetry("default", "linuxkit-builder")
		}()
	}
	for range pkgs {
		<-done
	}
}
