// https://github.com/gofiber/template/pull/330
package views

import (
	"fmt"
	"html/template"
	"io"
	"sync"
)

type LockedEngine struct {
	Directory    string
	Loaded       bool
	ShouldReload bool
	Mutex        sync.RWMutex
	Funcmap      map[string]interface{}
	Templates    *template.Template
}

func NewLockedEngine(dir string) *LockedEngine {
	return &LockedEngine{Directory: dir, Funcmap: map[string]interface{}{}}
}

func (e *LockedEngine) AddFunction(name string, fn interface{}) *LockedEngine {
	e.Mutex.Lock()
	e.Funcmap[name] = fn
	e.Mutex.Unlock()
	return e
}

func (e *LockedEngine) SetReload(enabled bool) *LockedEngine {
	e.Mutex.Lock()
	e.ShouldReload = enabled
	e.Mutex.Unlock()
	return e
}

// PreRenderCheck reports whether the templates must be (re)loaded.
func (e *LockedEngine) PreRenderCheck() bool {
	e.Mutex.Lock()
	if !e.Loaded || e.ShouldReload {
		if e.ShouldReload {
			e.Loaded = false
		}
		e.Mutex.Unlock()
		return true
	}
	e.Mutex.Unlock()
	return false
}

func (e *LockedEngine) LoadAll() error {
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

func (e *LockedEngine) RenderPage(out io.Writer, name string, binding interface{}) error {
	if e.PreRenderCheck() {
		if err := e.LoadAll(); err != nil {
			return err
		}
	}
	e.Mutex.RLock()
	tmpl := e.Templates.Lookup(name)
	e.Mutex.RUnlock()
	if tmpl == nil {
		return fmt.Errorf("render: template %s does not exist", name)
	}
	return tmpl.Execute(out, binding)
}
