// https://github.com/linuxkit/linuxkit/pull/4127
// Two `linuxkit pkg build` processes run `docker container inspect linuxkit-builder`,
// both see that the builder container is missing, and both run `docker container create
// --name linuxkit-builder`; the loser gets a name conflict and the whole build fails.
// Fix: on a failed create, wait and loop back to inspect (the other process's container is used).
package pkglib

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
)

type builderRunner struct {
	image string
}

func (dr *builderRunner) docker(stdout io.Writer, args ...string) error {
	cmd := exec.Command("docker", args...)
	cmd.Stdout = stdout
	cmd.Stderr = io.Discard
	return cmd.Run()
}

// ensureBuilder makes sure the shared builder container exists and runs in the given context.
func (dr *builderRunner) ensureBuilder(dockerContext, name string) error {
	var b bytes.Buffer
	if err := dr.docker(&b, "--context", dockerContext, "container", "inspect", name); err == nil {
		fmt.Printf("using existing container %s\n", name)
		return dr.docker(io.Discard, "--context", dockerContext, "container", "start", name)
	}

	// not found: create the builder ourselves
	args := []string{"--context", dockerContext, "container", "create", "--name", name, "--privileged", dr.image}
	fmt.Printf("creating builder container '%s' in context '%s'\n", name, dockerContext)
	if err := dr.docker(nil, args...); err != nil { // Noncompliant
		return fmt.Errorf("failed to create builder container %s: %v", name, err)
	}
	return dr.docker(io.Discard, "--context", dockerContext, "container", "start", name)
}

// buildAll runs several package builds in parallel; each one ensures the builder first.
func buildAll(dr *builderRunner, pkgs []string) {
	done := make(chan error, len(pkgs))
	for range pkgs {
		go func() {
			done <- dr.ensureBuilder("default", "linuxkit-builder")
		}()
	}
	for range pkgs {
		<-done
	}
}
