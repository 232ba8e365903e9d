package p

func f() {
	s := `never closed
	r := '\U0011ffff
