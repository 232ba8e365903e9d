)))]]
        with self._lock:
    if k not in self.d:
 self.d[k] = 1
