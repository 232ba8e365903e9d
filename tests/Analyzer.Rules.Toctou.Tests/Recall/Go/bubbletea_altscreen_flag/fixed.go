// https://github.com/charmbracelet/bubbletea/pull/534
// Fixed version: the mutex is taken before the alt-screen state is checked, so the check and the
// flag flip (plus the escape sequences) form one critical section.
package tea

import (
	"bytes"
	"io"
	"sync"
)

type lockedRenderer struct {
	mtx             *sync.Mutex
	out             io.Writer
	buf             bytes.Buffer
	altScreenActive bool
	cursorHidden    bool
	lastRender      string
}

func (r *lockedRenderer) execute(seq string) { _, _ = io.WriteString(r.out, seq) }

func (r *lockedRenderer) enterAltScreen() {
	r.mtx.Lock()
	defer r.mtx.Unlock()

	if r.altScreenActive {
		return
	}

	r.altScreenActive = true
	r.execute("\x1b[?1049h")
	r.execute("\x1b[2J")
	if r.cursorHidden {
		r.execute("\x1b[?25l")
	}
	r.lastRender = ""
}

func (r *lockedRenderer) exitAltScreen() {
	r.mtx.Lock()
	defer r.mtx.Unlock()

	if !r.altScreenActive {
		return
	}

	r.altScreenActive = false
	r.execute("\x1b[?1049l")
	r.lastRender = ""
}

type SafeProgram struct{ renderer *lockedRenderer }

func (p *SafeProgram) EnterAltScreen() { go p.renderer.enterAltScreen() }
func (p *SafeProgram) ExitAltScreen()  { go p.renderer.exitAltScreen() }
