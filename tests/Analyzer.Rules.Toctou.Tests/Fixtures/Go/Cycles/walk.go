package cycles

import "sync"

// Walk holds mu for the whole walk, and visit and expand, which call each other, run under it: no finding, whichever
// of the two files is read first.
type Tree struct {
	mu    sync.Mutex
	nodes map[string]int
}

func (t *Tree) Walk(root string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.visit(root, 3)
}

func (t *Tree) visit(key string, depth int) {
	if _, ok := t.nodes[key]; !ok {
		t.nodes[key] = depth
	}
	if depth > 0 {
		t.expand(key, depth)
	}
}

// The same cycle, also entered by Peek without the lock: both functions can run unlocked.
type Grove struct {
	mu    sync.Mutex
	nodes map[string]int
}

func (g *Grove) Walk(root string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.visit(root, 3)
}

func (g *Grove) visit(key string, depth int) {
	if _, ok := g.nodes[key]; !ok { // Secondary [check]
		g.nodes[key] = depth // Noncompliant [TOCTOU001] {{g.nodes[key] is checked at line 40 and changed at line 41 by g.nodes[key], with no lock held at either point in visit: 1 of the 2 calls to it in the package holds g.mu, but Grove.expand calls it without}}
	}
	if depth > 0 {
		g.expand(key, depth)
	}
}
