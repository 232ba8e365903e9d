// https://github.com/opencost/opencost/pull/2476
// DefaultFieldByName lazily built the package-level fieldMap on its first call
// (nil check, then make + fill). Allocation filters are parsed by concurrent API
// requests, so two goroutines could both see a nil map and write it at the same time:
// "fatal error: concurrent map writes" in filter/allocation/parser.go.
// Fix: the map is built once in init(), so DefaultFieldByName only reads it.
package opencostfilter

import "net/http"

type AllocationField string

type Field struct {
	Name    string
	Nilable bool
}

var allocationFilterFields = []*Field{
	{Name: "cluster"},
	{Name: "node"},
	{Name: "namespace"},
	{Name: "controllerName", Nilable: true},
	{Name: "controllerKind", Nilable: true},
	{Name: "pod"},
	{Name: "container"},
}

// fieldMap is a lazily loaded mapping from AllocationField to Field
var fieldMap map[AllocationField]*Field

// DefaultFieldByName returns only default allocation filter fields by name.
func DefaultFieldByName(field AllocationField) *Field {
	if fieldMap == nil {
		fieldMap = make(map[AllocationField]*Field, len(allocationFilterFields)) // Noncompliant
		for _, f := range allocationFilterFields {
			ff := *f
			fieldMap[AllocationField(ff.Name)] = &ff
		}
	}
	if af, ok := fieldMap[field]; ok {
		afcopy := *af
		return &afcopy
	}
	return nil
}

// ComputeAllocationHandler runs once per HTTP request, on its own goroutine.
func ComputeAllocationHandler(w http.ResponseWriter, r *http.Request) {
	for _, name := range r.URL.Query()["filterField"] {
		if DefaultFieldByName(AllocationField(name)) == nil {
			http.Error(w, "unknown filter field "+name, http.StatusBadRequest)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
