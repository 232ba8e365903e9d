// https://github.com/odeke-em/drive/pull/1019
// Fixed version: upload goroutines send mkdir-all requests to one dedicated goroutine, which
// owns a path cache and is the only caller of the lookup-then-create sequence.
package drive

import (
	"path"
)

type mkdirAllRequest struct {
	dir   string
	reply chan mkdirAllResult
}

type mkdirAllResult struct {
	file *File
	err  error
}

type PushCommands struct {
	rem      *Remote
	mkdirReq chan mkdirAllRequest
}

func NewPushCommands(rem *Remote) *PushCommands {
	g := &PushCommands{rem: rem, mkdirReq: make(chan mkdirAllRequest)}
	go g.mkdirAllLoop()
	return g
}

// mkdirAllLoop is the single goroutine that exclusively invokes mkdirAllSerial.
func (g *PushCommands) mkdirAllLoop() {
	cache := map[string]*File{}
	for req := range g.mkdirReq {
		f, err := g.mkdirAllSerial(req.dir, cache)
		req.reply <- mkdirAllResult{file: f, err: err}
	}
}

func (g *PushCommands) mkdirAllSerial(d string, cache map[string]*File) (*File, error) {
	if f, ok := cache[d]; ok {
		return f, nil
	}
	if f, err := g.rem.FindByPath(d); err == nil && f != nil {
		cache[d] = f
		return f, nil
	}
	rest, last := path.Split(d)
	rest = path.Clean(rest)
	if _, err := g.mkdirAllSerial(rest, cache); err != nil {
		return nil, err
	}
	f, err := g.rem.CreateDir(rest, last)
	if err == nil {
		cache[d] = f
	}
	return f, err
}

func (g *PushCommands) ensureRemoteDir(d string) (*File, error) {
	reply := make(chan mkdirAllResult, 1)
	g.mkdirReq <- mkdirAllRequest{dir: d, reply: reply}
	res := <-reply
	return res.file, res.err
}

func (g *PushCommands) pushOne(c *Change) error {
	parent, err := g.ensureRemoteDir(path.Dir(c.Path))
	if err != nil {
		return err
	}
	_ = parent // upload the file into parent.Id
	return nil
}

func (g *PushCommands) pushAll(cl []*Change) {
	done := make(chan struct{}, len(cl))
	for _, c := range cl {
		go func(c *Change) {
			_ = g.pushOne(c)
			done <- struct{}{}
		}(c)
	}
	for range cl {
		<-done
	}
}
