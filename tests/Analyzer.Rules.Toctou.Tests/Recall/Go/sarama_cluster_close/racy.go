// https://github.com/bsm/sarama-cluster/issues/72, https://github.com/bsm/sarama-cluster/pull/183
// The consumer runs its main loop on a goroutine its constructor starts, and users call Close from several goroutines.
// Close asked the dying channel whether it was closed and closed it in the select's default case: two callers that
// both found it open both closed it, and the second panicked. The fix (pull 184) closes it inside a sync.Once.
package cluster

type Consumer struct {
	dying chan struct{}
	dead  chan struct{}
	msgs  chan string
}

func NewConsumer() *Consumer {
	c := &Consumer{dying: make(chan struct{}), dead: make(chan struct{}), msgs: make(chan string)}
	go c.mainLoop()
	return c
}

func (c *Consumer) Messages() <-chan string { return c.msgs }

func (c *Consumer) mainLoop() {
	defer close(c.dead)
	for {
		select {
		case <-c.dying:
			return
		case c.msgs <- "next":
		}
	}
}

func (c *Consumer) Close() error {
	select {
	case <-c.dying:
		return nil
	default:
		close(c.dying) // Noncompliant [TOCTOU001]
	}
	<-c.dead
	return nil
}
