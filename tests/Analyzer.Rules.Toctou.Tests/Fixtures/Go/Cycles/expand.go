package cycles

func (t *Tree) expand(key string, depth int) {
	if _, ok := t.nodes[key+"/x"]; !ok {
		t.nodes[key+"/x"] = 0
	}
	t.visit(key+"/x", depth-1)
}

func (g *Grove) expand(key string, depth int) {
	if _, ok := g.nodes[key+"/x"]; !ok { // Secondary [check]
		g.nodes[key+"/x"] = 0 // Noncompliant [TOCTOU001] {{g.nodes[key+"/x"] is checked at line 11 and changed at line 12 by g.nodes[key+"/x"], with no lock held at either point}}
	}
	g.visit(key+"/x", depth-1)
}

func (g *Grove) Peek(key string) {
	g.expand(key, 1)
}
