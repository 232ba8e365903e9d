package sharedstate

import (
	"errors"
	"sync"
)

var errImageExists = errors.New("image already exists")

// A store whose Create checks the name again under its lock and refuses a second image of one name.
type imageIndex struct {
	mu     sync.Mutex
	images map[string]string
}

func (s *imageIndex) Get(name string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	target, ok := s.images[name]
	return target, ok
}

func (s *imageIndex) Create(name, target string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.images[name]; ok {
		return errImageExists
	}
	s.images[name] = target
	return nil
}

type imagePuller struct {
	index *imageIndex
}

// Two pulls of one name can both find it missing; the store keeps one image, and the pull that lost gets the store's
// error for an image that is there.
func (p *imagePuller) pull(name, target string) error {
	if _, ok := p.index.Get(name); ok { // Secondary [check]
		return nil
	}
	if err := p.index.Create(name, target); err != nil { // Noncompliant [TOCTOU001] {{p.index's entry for name is checked at line 40 and changed at line 43 by p.index.Create(name, target) (on some paths through it), and p.index.mu is released and re-taken at line 43, inside Create() in between; that call checks it again under a lock and fails when another caller changed it in between, and pull passes that failure on: of two callers that pass the test together, the second gets an error}}
		return err
	}
	return nil
}

// The store's refusal is told apart and taken for success.
func (p *imagePuller) pullTolerant(name, target string) error {
	if _, ok := p.index.Get(name); ok {
		return nil
	}
	if err := p.index.Create(name, target); err != nil && !errors.Is(err, errImageExists) {
		return err
	}
	return nil
}

type refusal struct{ code int }

func (r *refusal) Error() string { return "refused" }

const codeExists = 6

func refusalOf(err error) (*refusal, bool) {
	var r *refusal
	ok := errors.As(err, &r)
	return r, ok
}

// The refusal is read apart and compared with the code for an image that is there: the pull looks it up again.
func (p *imagePuller) pullRetrying(name, target string) error {
	if _, ok := p.index.Get(name); ok {
		return nil
	}
	if err := p.index.Create(name, target); err != nil {
		if r, ok := refusalOf(err); ok && r.code == codeExists {
			return p.pullRetrying(name, target)
		}
		return err
	}
	return nil
}

func pullAll(p *imagePuller, names []string) {
	for _, name := range names {
		go p.pull(name, "sha256:"+name)
		go p.pullTolerant(name, "sha256:"+name)
		go p.pullRetrying(name, "sha256:"+name)
	}
}
