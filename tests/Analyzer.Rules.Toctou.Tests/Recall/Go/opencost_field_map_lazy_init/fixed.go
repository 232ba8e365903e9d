// https://github.com/opencost/opencost/pull/2476
// Fixed version: the field index is filled once in init(), before any request
// goroutine exists; lookups are read-only afterwards.
package opencostfilter

import "net/http"

type AssetField string

type FilterField struct {
	Name    string
	Nilable bool
}

var assetFilterFields = []*FilterField{
	{Name: "cluster"},
	{Name: "node"},
	{Name: "namespace"},
	{Name: "controllerName", Nilable: true},
	{Name: "controllerKind", Nilable: true},
	{Name: "pod"},
	{Name: "container"},
}

var defaultFieldIndex map[AssetField]*FilterField

func init() {
	defaultFieldIndex = make(map[AssetField]*FilterField, len(assetFilterFields))
	for _, f := range assetFilterFields {
		ff := *f
		defaultFieldIndex[AssetField(ff.Name)] = &ff
	}
}

func LookupDefaultField(field AssetField) *FilterField {
	if af, ok := defaultFieldIndex[field]; ok {
		afcopy := *af
		return &afcopy
	}
	return nil
}

func ComputeAssetsHandler(w http.ResponseWriter, r *http.Request) {
	for _, name := range r.URL.Query()["filterField"] {
		if LookupDefaultField(AssetField(name)) == nil {
			http.Error(w, "unknown filter field "+name, http.StatusBadRequest)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
