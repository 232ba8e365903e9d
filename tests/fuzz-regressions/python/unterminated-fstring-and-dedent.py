class C:
    def f(self):
        x = f"{self.d['a' + f'{1
  return x
