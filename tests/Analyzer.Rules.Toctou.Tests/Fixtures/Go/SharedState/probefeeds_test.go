package sharedstate

func newProbeFeed() *ProbeFeed {
	f := &ProbeFeed{keys: make(chan string), items: map[string]int{}}
	go f.pumpKeys()
	return f
}
