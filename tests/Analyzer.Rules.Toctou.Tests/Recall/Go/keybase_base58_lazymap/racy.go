// https://github.com/keybase/client/pull/2457
// The base58 decoder built its character-index table lazily: it tested whether the
// package-level map was still nil and, if so, allocated and filled it. Two callers
// decoding at the same time could both see nil and both write the shared global.
// The fix stops doing lazy init and builds the table once at package initialisation.
package base58

import "fmt"

var alphabet = []byte("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

var alphabetIndex map[byte]uint8

func indexTable() map[byte]uint8 {
	if alphabetIndex == nil {
		alphabetIndex = make(map[byte]uint8) // Noncompliant
		for i, c := range alphabet {
			alphabetIndex[c] = uint8(i)
		}
	}
	return alphabetIndex
}

// Decode58 turns base58 text into digit values.
func Decode58(s string) ([]uint8, error) {
	table := indexTable()
	out := make([]uint8, 0, len(s))
	for i := 0; i < len(s); i++ {
		v, ok := table[s[i]]
		if !ok {
			return nil, fmt.Errorf("bad character %q at position %d", s[i], i)
		}
		out = append(out, v)
	}
	return out, nil
}
