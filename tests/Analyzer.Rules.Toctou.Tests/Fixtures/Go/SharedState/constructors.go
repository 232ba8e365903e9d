package sharedstate

// A probe worker is made by newProbeWorker, a constructor function: the local it is given has the worker's type, so
// StartProbes' go statements start probeWorker.run, several times over.
type probeWorker struct {
	onHold   bool
	failures int
}

func newProbeWorker() *probeWorker {
	return &probeWorker{}
}

func (w *probeWorker) run() {
	if !w.onHold { // Secondary [check]
		w.onHold = true // Noncompliant {{w.onHold is checked at line 15 and changed at line 16 by w.onHold, with no lock held at either point, while run is started in parallel at line 23, in a loop}}
	}
}

func StartProbes(n int) {
	w := newProbeWorker()
	for i := 0; i < n; i++ {
		go w.run()
	}
}
