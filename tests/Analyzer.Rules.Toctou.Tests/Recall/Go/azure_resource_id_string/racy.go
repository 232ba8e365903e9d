// https://github.com/Azure/azure-sdk-for-go/issues/24869 (fix: https://github.com/Azure/azure-sdk-for-go/pull/24901)
// ResourceID.String() built its string on the first call and cached it in the struct with no lock, so the first
// concurrent calls on one ID (the reproducer, in user code, starts one with go) raced on the cached field. The fix computes the
// string when the ID is parsed, so String() only reads.
package armresource

import "strings"

type ResourceID struct {
	Parent         *ResourceID
	SubscriptionID string
	ResourceGroup  string
	Name           string
	stringValue    string
}

func ParseResourceID(id string) (*ResourceID, error) {
	parts := strings.Split(strings.Trim(id, "/"), "/")
	r := &ResourceID{}
	if len(parts) > 1 {
		r.SubscriptionID = parts[1]
	}
	if len(parts) > 3 {
		r.ResourceGroup = parts[3]
	}
	return r, nil
}

func (id *ResourceID) String() string {
	if len(id.stringValue) > 0 {
		return id.stringValue
	}
	s := "/subscriptions/" + id.SubscriptionID
	if id.ResourceGroup != "" {
		s += "/resourceGroups/" + id.ResourceGroup
	}
	id.stringValue = s // Noncompliant [TOCTOU001]
	return id.stringValue
}
