// https://github.com/nats-io/nats-server/pull/4013
// Fixed: creators of the same stream name coordinate through jsa.inflight.LoadOrStore;
// a later caller waits for the first one, then finds the stream already registered.
package server

import "sync"

func (jsa *jsAccount) addStreamGuarded(cfg StreamConfig) (*stream, error) {
	swg := &sync.WaitGroup{}
	swg.Add(1)
	v, loaded := jsa.inflight.LoadOrStore(cfg.Name, swg)
	wg := v.(*sync.WaitGroup)
	if loaded {
		wg.Wait()
		swg.Done()
	} else {
		defer func() {
			jsa.inflight.Delete(cfg.Name)
			wg.Done()
		}()
	}

	jsa.mu.Lock()
	if mset, ok := jsa.streams[cfg.Name]; ok {
		jsa.mu.Unlock()
		if mset.cfg == cfg {
			return mset, nil
		}
		return nil, errStreamNameExist
	}
	jsa.mu.Unlock()

	mset := &stream{cfg: cfg}
	if err := mset.setupStore(); err != nil {
		return nil, err
	}

	jsa.mu.Lock()
	jsa.streams[cfg.Name] = mset
	jsa.mu.Unlock()
	return mset, nil
}

func (jsa *jsAccount) handleStreamCreateGuarded(reqs []StreamConfig) {
	for _, cfg := range reqs {
		go jsa.addStreamGuarded(cfg)
	}
}
