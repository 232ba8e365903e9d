package main

type settings struct{ verbose bool }

// No other package can import package main, so its exported names are called only where it shows; nothing here
// starts one.
var loaded *settings

func Settings() *settings {
	if loaded == nil {
		loaded = &settings{}
	}
	return loaded
}

func main() {
	_ = Settings()
}
