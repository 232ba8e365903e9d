// https://github.com/beego/beego/pull/3685
// BootStrap reads modelCache.done before taking modelCache's lock. Two goroutines
// calling NewOrm at the same time can both see done == false, and each then runs the
// model bootstrap under the lock one after the other, rebuilding relations twice.
// Fix: take the lock first and test done while holding it.
package ormboot

import "sync"

type modelInfo struct {
	name    string
	reverse []string
}

type modelRegistry struct {
	sync.RWMutex
	cache map[string]*modelInfo
	done  bool
}

var registry = &modelRegistry{cache: make(map[string]*modelInfo)}

func (mc *modelRegistry) set(name string, mi *modelInfo) {
	mc.Lock()
	defer mc.Unlock()
	mc.cache[name] = mi
}

func (mc *modelRegistry) all() []*modelInfo {
	mc.RLock()
	defer mc.RUnlock()
	out := make([]*modelInfo, 0, len(mc.cache))
	for _, mi := range mc.cache {
		out = append(out, mi)
	}
	return out
}

// RegisterModel must run before BootStrap.
func RegisterModel(name string) {
	if registry.done {
		panic("RegisterModel must be run before BootStrap")
	}
	registry.set(name, &modelInfo{name: name})
}

// buildRelations links reverse fields; it expects to run exactly once.
func buildRelations() {
	for name, mi := range registry.cache {
		mi.reverse = append(mi.reverse, name+"_reverse")
	}
}

// BootStrap parses all models; afterwards no more models can be added.
func BootStrap() {
	if registry.done {
		return
	}
	registry.Lock()
	defer registry.Unlock()
	buildRelations()
	registry.done = true // Noncompliant
}

type Ormer struct{ alias string }

// NewOrm is called from many request goroutines.
func NewOrm() *Ormer {
	BootStrap()
	return &Ormer{alias: "default"}
}

func serveRequests(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = NewOrm()
		}()
	}
	wg.Wait()
}
