package sharedstate

import (
	"errors"
	"strconv"
	"sync"
)

var errSlotTaken = errors.New("slot taken")

// Claim gives out an id it counts up under its lock and reads back under the same hold: what it answers is its own
// write, so a caller that tries again when a slot is taken tests nothing another goroutine can change in between.
type slotTable struct {
	mu     sync.Mutex
	nextID int
	slots  map[string]string
}

func (t *slotTable) Claim(slot string) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, taken := t.slots[slot]; taken {
		return "", errSlotTaken
	}
	t.nextID++
	id := strconv.Itoa(t.nextID)
	t.slots[slot] = id
	return id, nil
}

func claimFirstFree(t *slotTable, base string) (string, error) {
	id, err := t.Claim(base)
	for n := 2; err != nil && errors.Is(err, errSlotTaken) && n < 10; n++ {
		id, err = t.Claim(base + "-" + strconv.Itoa(n))
	}
	return id, err
}

func claimAll(t *slotTable, bases []string) {
	var wg sync.WaitGroup
	for _, base := range bases {
		wg.Add(1)
		go func(base string) {
			defer wg.Done()
			_, _ = claimFirstFree(t, base)
		}(base)
	}
	wg.Wait()
}
