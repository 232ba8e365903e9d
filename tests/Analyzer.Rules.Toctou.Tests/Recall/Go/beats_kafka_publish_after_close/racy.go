// https://github.com/elastic/beats/pull/51484
// The Kafka output client's Publish (run by the pipeline's output worker goroutine) tested
// whether c.done was closed and then sent each message on the sarama producer's Input()
// channel, while Close (run on shutdown) closed c.done and then called AsyncClose, which
// closes that Input() channel. A Publish that had passed the test could send on the closed
// channel and panic (beats#46109). Fix: Publish holds a read lock over the test and the
// send; Close takes the write lock around AsyncClose.
package kafkaout

import (
	"errors"
	"sync"
)

type ProducerMessage struct {
	Topic string
	Value []byte
}

// AsyncProducer mimics sarama.AsyncProducer: AsyncClose closes the input channel.
type AsyncProducer struct {
	input     chan *ProducerMessage
	closeOnce sync.Once
}

func (p *AsyncProducer) Input() chan<- *ProducerMessage { return p.input }

func (p *AsyncProducer) AsyncClose() {
	p.closeOnce.Do(func() { close(p.input) })
}

type client struct {
	topic    string
	producer *AsyncProducer
	done     chan struct{}
	wg       sync.WaitGroup
}

var errClosing = errors.New("output closing, dropping event")

func (c *client) Close() error {
	close(c.done)
	c.producer.AsyncClose()
	c.wg.Wait()
	return nil
}

func (c *client) Publish(events [][]byte) error {
	ch := c.producer.Input()
	for _, e := range events {
		msg := &ProducerMessage{Topic: c.topic, Value: e}
		select {
		case <-c.done:
			return errClosing
		default:
		}
		select {
		case <-c.done:
			return errClosing
		case ch <- msg: // Noncompliant
		}
	}
	return nil
}

// runWorker is the pipeline's output worker; Close is called from the shutdown path.
func runWorker(c *client, batches <-chan [][]byte) {
	go func() {
		for b := range batches {
			if err := c.Publish(b); err != nil {
				return
			}
		}
	}()
}
