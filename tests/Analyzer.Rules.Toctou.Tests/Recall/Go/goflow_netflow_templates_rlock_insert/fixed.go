// https://github.com/cloudflare/goflow/issues/82 (fix https://github.com/cloudflare/goflow/pull/83)
// Fixed shape: a miss under the read lock is followed by the write lock and a second lookup,
// so only one worker creates the router's template system.
package utils

import (
	"sync"
)

type routerTemplates struct {
	key       string
	templates map[uint16]interface{}
}

type NetFlowState struct {
	mu        sync.RWMutex
	templates map[string]*routerTemplates
}

func (s *NetFlowState) templatesFor(key string) *routerTemplates {
	s.mu.RLock()
	t, ok := s.templates[key]
	s.mu.RUnlock()
	if ok {
		return t
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok = s.templates[key]; !ok {
		t = &routerTemplates{key: key, templates: make(map[uint16]interface{})}
		s.templates[key] = t
	}
	return t
}

func (s *NetFlowState) Decode(msg interface{}) error {
	pkt := msg.(BaseMessage)
	t := s.templatesFor(pkt.Src)
	_ = t
	return nil
}
