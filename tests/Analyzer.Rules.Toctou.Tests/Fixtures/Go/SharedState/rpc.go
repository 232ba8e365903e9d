package sharedstate

import "context"

type CreateRequest struct{ Name string }
type CreateResponse struct{ ID int }

// A gRPC server runs each call of a method on its own goroutine, many at a time.
type Volumes struct {
	byName map[string]int
	next   int
}

func (v *Volumes) Create(ctx context.Context, req *CreateRequest) (*CreateResponse, error) {
	if id, ok := v.byName[req.Name]; ok { // Secondary [check]
		return &CreateResponse{ID: id}, nil
	}
	v.next++
	v.byName[req.Name] = v.next // Noncompliant {{v.byName[req.Name] is checked at line 15 and changed at line 19 by v.byName[req.Name], with no lock held at either point, while Create serves requests, many at a time}}
	return &CreateResponse{ID: v.next}, nil
}

// An unexported method of the same shape is no RPC.
func (v *Volumes) create(ctx context.Context, req *CreateRequest) int {
	if id, ok := v.byName[req.Name]; ok {
		return id
	}
	v.byName[req.Name] = len(v.byName)
	return v.byName[req.Name]
}
