package sharedstate

import "sync"

// FrameParser's handle cuts the argument out of the buffer at the offset it keeps, hands it on and resets the offset.
// The error it tests is the handler's, not a lookup's: nothing was found missing, and a reset after a success is no
// value made on first use.
type FrameParser struct {
	mu    sync.Mutex
	drop  int
	state int
}

func (p *FrameParser) handle(buf []byte, i int) error {
	arg := buf[p.drop:i]
	if err := p.process(arg); err != nil {
		return err
	}
	p.drop = 0
	return nil
}

func (p *FrameParser) process(arg []byte) error {
	if len(arg) == 0 {
		return errEmptyFrame
	}
	return nil
}

func (p *FrameParser) Reset() {
	p.mu.Lock()
	p.state = 0
	p.mu.Unlock()
}

type frameError string

func (e frameError) Error() string { return string(e) }

const errEmptyFrame = frameError("empty frame")
