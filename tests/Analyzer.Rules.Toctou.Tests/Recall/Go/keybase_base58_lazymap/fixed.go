// https://github.com/keybase/client/pull/2457
// Fixed version: the index table is computed once when the package is initialised,
// so there is no nil check and no lazy write racing between concurrent decoders.
package base58

import "fmt"

const invalidDigit = 0xFF

var digits = []byte("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

var digitIndex = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = invalidDigit
	}
	for i, c := range digits {
		t[c] = byte(i)
	}
	return t
}()

// DecodeDigits turns base58 text into digit values.
func DecodeDigits(s string) ([]uint8, error) {
	out := make([]uint8, 0, len(s))
	for i := 0; i < len(s); i++ {
		v := digitIndex[s[i]]
		if v == invalidDigit {
			return nil, fmt.Errorf("bad character %q at position %d", s[i], i)
		}
		out = append(out, v)
	}
	return out, nil
}
