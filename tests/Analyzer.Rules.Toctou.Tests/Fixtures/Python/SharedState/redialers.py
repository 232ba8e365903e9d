from .switchlines import find_line, keep_line


def redial(name):
    """The same lookup and store as modulecaches.dial_line, with the functions imported by name."""
    line = find_line(name)
    if line is None:
        line = object()
        keep_line(name, line)  # Noncompliant [TOCTOU001] {{_lines is checked at line 6 and changed at line 9 by keep_line(name, line), and _lines_lock is released and re-taken at line 9, inside keep_line() in between}}
    return line
