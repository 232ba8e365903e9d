// https://github.com/elastic/beats/pull/51484
// Fixed version: every send goes through send(), which holds sendMu.RLock while it checks
// done and sends; Close closes done (to release blocked senders) and then takes
// sendMu.Lock around AsyncClose, so the input channel is never closed under a sender.
package kafkaout

import (
	"errors"
	"sync"
)

type kafkaMessage struct {
	Topic string
	Value []byte
}

type saramaProducer struct {
	input     chan *kafkaMessage
	closeOnce sync.Once
}

func (p *saramaProducer) Input() chan<- *kafkaMessage { return p.input }

func (p *saramaProducer) AsyncClose() {
	p.closeOnce.Do(func() { close(p.input) })
}

type kafkaClient struct {
	topic    string
	producer *saramaProducer
	done     chan struct{}
	sendMu   sync.RWMutex
	wg       sync.WaitGroup
}

var errOutputClosing = errors.New("output closing, dropping event")

func (c *kafkaClient) Close() error {
	close(c.done)
	c.sendMu.Lock()
	c.producer.AsyncClose()
	c.sendMu.Unlock()
	c.wg.Wait()
	return nil
}

func (c *kafkaClient) send(ch chan<- *kafkaMessage, msg *kafkaMessage) bool {
	c.sendMu.RLock()
	defer c.sendMu.RUnlock()
	select {
	case <-c.done:
		return false
	default:
	}
	select {
	case <-c.done:
		return false
	case ch <- msg:
		return true
	}
}

func (c *kafkaClient) Publish(events [][]byte) error {
	ch := c.producer.Input()
	for _, e := range events {
		if !c.send(ch, &kafkaMessage{Topic: c.topic, Value: e}) {
			return errOutputClosing
		}
	}
	return nil
}
