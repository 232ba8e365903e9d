}}})]]) class T {
    synchronized void f() { if (x) { x = false; } }}}
