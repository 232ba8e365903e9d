// https://github.com/nleeper/goment/pull/53
// Fixed shape (sketch; exact upstream form not verified): the token table is built exactly
// once under sync.Once, so concurrent constructors never write to the shared map.
package goment

import (
	"strconv"
	"sync"
	"time"
)

type tokenFunc func(*Moment) string

var (
	tokenTable     = map[string]tokenFunc{}
	tokenTableOnce sync.Once
)

type Moment struct {
	at time.Time
}

func NewMoment() (*Moment, error) {
	tokenTableOnce.Do(buildTokenTable)
	return &Moment{at: time.Now()}, nil
}

func buildTokenTable() {
	putToken("M", func(m *Moment) string { return strconv.Itoa(int(m.at.Month())) })
	putToken("D", func(m *Moment) string { return strconv.Itoa(m.at.Day()) })
	putToken("YYYY", func(m *Moment) string { return strconv.Itoa(m.at.Year()) })
	putToken("H", func(m *Moment) string { return strconv.Itoa(m.at.Hour()) })
}

// putToken is only reached from buildTokenTable, i.e. inside tokenTableOnce.Do.
func putToken(token string, f tokenFunc) {
	tokenTable[token] = f
}

func (m *Moment) Render(token string) string {
	if f, ok := tokenTable[token]; ok {
		return f(m)
	}
	return token
}

func renderManyConcurrently(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, _ := NewMoment()
			_ = m.Render("YYYY")
		}()
	}
	wg.Wait()
}
