// Package sets holds a generic set.
package sets

// Empty takes no space.
type Empty struct{}

// Set is a set of comparable items.
type Set[T comparable] map[T]Empty

// Ordered is a type constraint.
type Ordered interface {
	~int | ~string
}

// New makes a set of items.
func New[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	s.Insert(items...)
	return s
}

// Insert adds items.
func (s Set[T]) Insert(items ...T) Set[T] {
	for _, item := range items {
		s[item] = Empty{}
	}
	return s
}

// Has reports whether item is in s.
func (s Set[T]) Has(item T) bool {
	_, contained := s[item]
	return contained
}

// List returns the items sorted.
func List[T Ordered](s Set[T]) []T {
	res := make([]T, 0, len(s))
	for key := range s {
		res = append(res, key)
	}
	sort.Slice(res, func(i, j int) bool { return res[i] < res[j] })
	return res
}

var names = Set[string]{"a": {}, "b": Empty{}}
