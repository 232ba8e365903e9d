def f(self):
    if self.x ÿ:
	  return "í €"
