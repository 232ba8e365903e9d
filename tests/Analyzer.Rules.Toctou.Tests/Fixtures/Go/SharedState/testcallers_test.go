package sharedstate

import "testing"

func TestExpireKeepsTen(t *testing.T) {
	for _, n := range []int{10, 12} {
		t.Run("expire", func(t *testing.T) {
			c := &ttlCache{entries: map[string]int{}}
			for i := 0; i < n; i++ {
				c.order = append(c.order, "k")
			}
			c.expire()
			if len(c.order) != 10 {
				t.Fatal(len(c.order))
			}
		})
	}
}
