// https://github.com/Azure/azure-sdk-for-go/issues/24869 (fix: https://github.com/Azure/azure-sdk-for-go/pull/24901)
// Fixed version: the string is computed once at construction and never written afterwards.
package armresource

import "strings"

type ImmutableResourceID struct {
	SubscriptionID string
	ResourceGroup  string
	stringValue    string
}

func ParseImmutableResourceID(id string) (*ImmutableResourceID, error) {
	parts := strings.Split(strings.Trim(id, "/"), "/")
	r := &ImmutableResourceID{}
	if len(parts) > 1 {
		r.SubscriptionID = parts[1]
	}
	if len(parts) > 3 {
		r.ResourceGroup = parts[3]
	}
	s := "/subscriptions/" + r.SubscriptionID
	if r.ResourceGroup != "" {
		s += "/resourceGroups/" + r.ResourceGroup
	}
	r.stringValue = s
	return r, nil
}

func (id *ImmutableResourceID) String() string {
	return id.stringValue
}
