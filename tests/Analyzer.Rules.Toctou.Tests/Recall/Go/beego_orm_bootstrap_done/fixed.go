// https://github.com/beego/beego/pull/3685
// Fixed shape: the done flag is tested only while holding the registry lock, so the
// bootstrap runs at most once even when many goroutines call NewOrmSafe together.
package ormboot

import "sync"

type modelInfoV2 struct {
	name    string
	reverse []string
}

type modelRegistryV2 struct {
	sync.RWMutex
	cache map[string]*modelInfoV2
	done  bool
}

var registryV2 = &modelRegistryV2{cache: make(map[string]*modelInfoV2)}

func (mc *modelRegistryV2) register(name string) {
	mc.Lock()
	defer mc.Unlock()
	if mc.done {
		panic("RegisterModel must be run before BootStrap")
	}
	mc.cache[name] = &modelInfoV2{name: name}
}

func (mc *modelRegistryV2) relations() {
	for name, mi := range mc.cache {
		mi.reverse = append(mi.reverse, name+"_reverse")
	}
}

// bootstrap parses all models exactly once.
func (mc *modelRegistryV2) bootstrap() {
	mc.Lock()
	defer mc.Unlock()
	if mc.done {
		return
	}
	mc.relations()
	mc.done = true
}

type OrmerV2 struct{ alias string }

func NewOrmSafe() *OrmerV2 {
	registryV2.bootstrap()
	return &OrmerV2{alias: "default"}
}

func serveRequestsV2(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = NewOrmSafe()
		}()
	}
	wg.Wait()
}
