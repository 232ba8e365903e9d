// https://github.com/cloudflare/goflow/issues/82 (fix https://github.com/cloudflare/goflow/pull/83)
// DecodeFlow runs in every UDP worker goroutine (-workers > 1). It looked up the per-router
// template system under templateslock.RLock() and, when the router was not yet known, created
// one and stored it into the map while still holding only the read lock. Two workers decoding
// packets from a new router could both miss and both insert, and the unsynchronised map
// write crashed goflow with "concurrent map read and map write" (also flagged by -race).
// The fix reads under RLock and takes the full Lock only when the entry must be written.
package utils

import (
	"sync"
)

type TemplateSystem struct {
	key       string
	templates map[uint16]interface{}
}

type BaseMessage struct {
	Src     string
	Payload []byte
}

type StateNetFlow struct {
	templateslock *sync.RWMutex
	templates     map[string]*TemplateSystem
}

func (s *StateNetFlow) InitTemplates() {
	s.templates = make(map[string]*TemplateSystem)
	s.templateslock = &sync.RWMutex{}
}

// DecodeFlow is the callback of UDPRoutine; each worker goroutine calls it per packet.
func (s *StateNetFlow) DecodeFlow(msg interface{}) error {
	pkt := msg.(BaseMessage)
	key := pkt.Src

	s.templateslock.RLock()
	templates, ok := s.templates[key]
	if !ok {
		templates = &TemplateSystem{key: key, templates: make(map[uint16]interface{})}
		s.templates[key] = templates // Noncompliant
	}
	s.templateslock.RUnlock()

	return decodeMessage(pkt.Payload, templates)
}

func decodeMessage(payload []byte, ts *TemplateSystem) error {
	_ = payload
	_ = ts
	return nil
}

func (s *StateNetFlow) FlowRoutine(workers int) {
	s.InitTemplates()
	msgs := make(chan BaseMessage)
	for i := 0; i < workers; i++ {
		go func() {
			for m := range msgs {
				_ = s.DecodeFlow(m)
			}
		}()
	}
}
