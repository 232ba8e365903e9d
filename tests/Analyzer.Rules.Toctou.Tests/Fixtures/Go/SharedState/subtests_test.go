package sharedstate

import "testing"

// Subtests that call t.Parallel run side by side: started in a loop, they share the parent's map.
func TestTallyNames(t *testing.T) {
	seen := map[string]int{}
	for _, name := range []string{"a", "b", "c"} {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if seen[name] == 0 { // Secondary [check]
				seen[name] = len(name) // Noncompliant [TOCTOU001] {{seen[name] is checked at line 12 and changed at line 13 by seen[name], with no lock held at either point, while the function literal they are in is started in parallel at line 10, in a loop}}
			}
		})
	}
}

// Subtests that do not call t.Parallel run one after another.
func TestTallyInTurn(t *testing.T) {
	seen := map[string]int{}
	for _, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) {
			if seen[name] == 0 {
				seen[name] = len(name)
			}
		})
	}
}

type probeCase struct{ code int }

func newProbeCase() *probeCase { return &probeCase{} }

// Each turn declares a case of its own: the parallel subtest started on that turn is the only one to touch it.
func TestOwnCases(t *testing.T) {
	for i := 0; i < 3; i++ {
		tc := newProbeCase()
		t.Run("case", func(t *testing.T) {
			t.Parallel()
			if tc.code == 0 {
				tc.code = 200
			}
		})
	}
}
