package sharedstate

type jobSpec struct{ retries int }

func newJobSpec() *jobSpec { return &jobSpec{} }

// Each turn declares its own spec: the goroutine started on that turn is the only one to touch it.
func launchSpecs(n int) {
	for i := 0; i < n; i++ {
		spec := newJobSpec()
		go func() {
			if spec.retries == 0 {
				spec.retries = 3
			}
		}()
	}
}

// A spec declared before the loop is one for every goroutine the loop starts.
func launchShared(n int) {
	spec := newJobSpec()
	for i := 0; i < n; i++ {
		go func() {
			if spec.retries == 0 { // Secondary [check]
				spec.retries = 3 // Noncompliant [TOCTOU001] {{spec.retries is checked at line 24 and changed at line 25 by spec.retries, with no lock held at either point, while the function literal they are in is started in parallel at line 23, in a loop}}
			}
		}()
	}
}

// A name declared on each turn for a spec made before the loop still reaches that one spec.
func launchAliased(n int) {
	shared := newJobSpec()
	for i := 0; i < n; i++ {
		spec := shared
		go func() {
			if spec.retries == 0 { // Secondary [check]
				spec.retries = 3 // Noncompliant [TOCTOU001] {{spec.retries is checked at line 37 and changed at line 38 by spec.retries, with no lock held at either point, while the function literal they are in is started in parallel at line 36, in a loop}}
			}
		}()
	}
}

// A spec declared in another block of the loop is another variable: the literal sees the one made before the loop.
func launchShadowed(n int) {
	spec := newJobSpec()
	for i := 0; i < n; i++ {
		if i > 100 {
			spec := newJobSpec()
			_ = spec
		}
		go func() {
			if spec.retries == 0 { // Secondary [check]
				spec.retries = 3 // Noncompliant [TOCTOU001] {{spec.retries is checked at line 53 and changed at line 54 by spec.retries, with no lock held at either point, while the function literal they are in is started in parallel at line 52, in a loop}}
			}
		}()
	}
}
