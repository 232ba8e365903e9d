// https://github.com/charmbracelet/bubbletea/pull/534
// standardRenderer.enterAltScreen/exitAltScreen tested r.altScreenActive before taking r.mtx, then
// locked and flipped the flag and wrote the escape sequences. When Enter- and ExitAltScreen ran
// concurrently (Program methods vs. the event loop) both could pass the stale check.
// Fix: lock r.mtx before checking the alt-screen state.
package tea

import (
	"bytes"
	"io"
	"sync"
)

type standardRenderer struct {
	mtx             *sync.Mutex
	out             io.Writer
	buf             bytes.Buffer
	altScreenActive bool
	cursorHidden    bool
	lastRender      string
}

func (r *standardRenderer) execute(seq string) { _, _ = io.WriteString(r.out, seq) }

func (r *standardRenderer) write(s string) {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	r.buf.Reset()
	r.buf.WriteString(s)
}

func (r *standardRenderer) altScreen() bool {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	return r.altScreenActive
}

func (r *standardRenderer) enterAltScreen() {
	if r.altScreenActive {
		return
	}

	r.mtx.Lock()
	defer r.mtx.Unlock()

	r.altScreenActive = true // Noncompliant
	r.execute("\x1b[?1049h")
	r.execute("\x1b[2J")
	if r.cursorHidden {
		r.execute("\x1b[?25l")
	}
	r.lastRender = ""
}

func (r *standardRenderer) exitAltScreen() {
	if !r.altScreenActive {
		return
	}

	r.mtx.Lock()
	defer r.mtx.Unlock()

	r.altScreenActive = false // Noncompliant
	r.execute("\x1b[?1049l")
	r.lastRender = ""
}

// Program.EnterAltScreen / ExitAltScreen may be called from any goroutine.
type Program struct{ renderer *standardRenderer }

func (p *Program) EnterAltScreen() { go p.renderer.enterAltScreen() }
func (p *Program) ExitAltScreen()  { go p.renderer.exitAltScreen() }
