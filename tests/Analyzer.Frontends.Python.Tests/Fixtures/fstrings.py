name = "world"
width = 10
greeting = f"Hello, {name}!"
padded = f"{name:>{width}}|{width!r:^5}"
nested = f"{'-'.join(f'{x:02d}' for x in range(3))}"
debug = f"{name=} {width = }"
mixed = "SELECT * FROM " f"{name}" ' WHERE id = %s'
braces = f"{{literal}} {name}\t\x41\N{BULLET}"
raw = rf"\d+{width}\n"
quotes = f"{"nested quotes"} and {f"{f"{name}"}"}"
multi = f"""
    {name}
    {width:
    }"""
bytes_value = b'\x00\xff' b"\n"
