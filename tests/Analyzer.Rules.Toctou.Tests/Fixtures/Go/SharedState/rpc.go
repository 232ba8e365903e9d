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

type WatchRequest struct{ Key string }

type Volumes_WatchServer interface {
	Send(*CreateResponse) error
}

// A streaming call's method takes the stream protoc generates for it; the server runs each call on its own goroutine.
type Watches struct {
	watchers map[string]int
}

func (w *Watches) Watch(req *WatchRequest, stream Volumes_WatchServer) error {
	if _, busy := w.watchers[req.Key]; busy { // Secondary [check]
		return stream.Send(&CreateResponse{ID: -1})
	}
	w.watchers[req.Key] = 1 // Noncompliant {{w.watchers[req.Key] is checked at line 44 and changed at line 47 by w.watchers[req.Key], with no lock held at either point, while Watch serves requests, many at a time}}
	return stream.Send(&CreateResponse{ID: 1})
}

// A stream of another method's type is no sign of this one.
func (w *Watches) Forward(req *WatchRequest, stream Volumes_WatchServer) error {
	if _, ok := w.watchers[req.Key]; !ok {
		w.watchers[req.Key] = 0
	}
	return nil
}

type Cursor interface {
	Next() (int, bool)
}

type emptyCursor struct{}

func (emptyCursor) Next() (int, bool) { return 0, false }

// A method of the same parameters that answers an interface value, not a pointer to a reply message and an error, is
// no RPC: an iterator hands out a cursor for each request its one reader makes.
type Cursors struct {
	byName map[string]Cursor
}

func (c *Cursors) Open(ctx context.Context, req *CreateRequest) (Cursor, error) {
	if cur, ok := c.byName[req.Name]; ok {
		return cur, nil
	}
	c.byName[req.Name] = emptyCursor{}
	return c.byName[req.Name], nil
}
