package sharedstate

// Only a test starts pumpKeys: the product's code never runs it beside PushProbe.
type ProbeFeed struct {
	keys  chan string
	items map[string]int
}

func (f *ProbeFeed) pumpKeys() {
	for key := range f.keys {
		if _, ok := f.items[key]; !ok {
			f.items[key] = 0
		}
	}
}

func (f *ProbeFeed) PushProbe(key string, n int) {
	f.items[key] = n
}
