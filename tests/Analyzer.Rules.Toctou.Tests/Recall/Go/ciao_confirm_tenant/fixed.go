// https://github.com/ciao-project/ciao/pull/1049
// Fixed: tenant-specific channels in a global map provide a synchronisation point;
// the map lock is held only to look up or insert the channel, so the slow CNCI
// launch blocks only commands for the same tenant.
package ciao

import (
	"errors"
	"sync"
)

type Project struct {
	ID     string
	Agents []string
}

type store struct {
	mu       sync.Mutex
	projects map[string]*Project
}

func (s *store) Lookup(id string) *Project {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.projects[id]
}

func (s *store) Insert(id string) (*Project, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &Project{ID: id}
	s.projects[id] = p
	return p, nil
}

type confirmation struct {
	ready chan struct{}
	err   error
}

type manager struct {
	st *store

	readyMu sync.Mutex
	readyCh map[string]*confirmation
}

func (m *manager) launchAgent(p *Project) error {
	if p == nil {
		return errors.New("no project")
	}
	p.Agents = append(p.Agents, "10.0.0.1")
	return nil
}

func (m *manager) ensureProject(id string) error {
	m.readyMu.Lock()
	conf, ok := m.readyCh[id]
	if !ok {
		conf = &confirmation{ready: make(chan struct{})}
		m.readyCh[id] = conf
	}
	m.readyMu.Unlock()

	if ok {
		<-conf.ready
		return conf.err
	}

	defer close(conf.ready)
	if p := m.st.Lookup(id); p != nil {
		return nil
	}
	p, err := m.st.Insert(id)
	if err == nil {
		err = m.launchAgent(p)
	}
	conf.err = err
	return err
}

func (m *manager) runWorkload(id string) error {
	return m.ensureProject(id)
}
