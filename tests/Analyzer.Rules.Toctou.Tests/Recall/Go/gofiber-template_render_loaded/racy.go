// https://github.com/gofiber/template/pull/330
// Render is called from concurrent Fiber request handlers. It read Loaded/ShouldReload
// without the engine mutex, then cleared Loaded and called Load, so another request could
// be reloading or reading Templates in between (issue #339). The fix moves the check and
// the reset of Loaded under Mutex (PreRenderCheck) before calling Load.
package views

import (
	"fmt"
	"html/template"
	"io"
	"sync"
)

type Engine struct {
	Directory    string
	Loaded       bool
	ShouldReload bool
	Mutex        sync.RWMutex
	Funcmap      map[string]interface{}
	Templates    *template.Template
}

func NewEngine(dir string) *Engine {
	return &Engine{Directory: dir, Funcmap: map[string]interface{}{}}
}

func (e *Engine) AddFunc(name string, fn interface{}) *Engine {
	e.Mutex.Lock()
	e.Funcmap[name] = fn
	e.Mutex.Unlock()
	return e
}

func (e *Engine) Reload(enabled bool) *Engine {
	e.Mutex.Lock()
	e.ShouldReload = enabled
	e.Mutex.Unlock()
	return e
}

func (e *Engine) Load() error {
	e.Mutex.Lock()
	defer e.Mutex.Unlock()
	e.Templates = template.New(e.Directory)
	e.Templates.Funcs(e.Funcmap)
	if _, err := e.Templates.ParseGlob(e.Directory + "/*.html"); err != nil {
		return err
	}
	e.Loaded = true
	return nil
}

func (e *Engine) Render(out io.Writer, name string, binding interface{}) error {
	if !e.Loaded || e.ShouldReload {
		if e.ShouldReload {
			e.Loaded = false // Noncompliant
		}
		if err := e.Load(); err != nil {
			return err
		}
	}
	tmpl := e.Templates.Lookup(name)
	if tmpl == nil {
		return fmt.Errorf("render: template %s does not exist", name)
	}
	return tmpl.Execute(out, binding)
}
