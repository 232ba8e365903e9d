// https://github.com/IBM/sarama/pull/2331
// consumerGroup.handleError checks c.closed and then sends on c.errors, while Close closes c.closed and
// then, from another goroutine, closes c.errors. An error reported by a partition goroutine that passed
// the closed check just before Close could send on the closed channel and panic. The fix adds errorsLock:
// handleError holds the read lock across the check and the send, and close(c.errors) takes the write lock.
package sarama

import (
	"log"
	"sync"
)

type none struct{}

type ConsumerError struct {
	Topic     string
	Partition int32
	Err       error
}

func (ce *ConsumerError) Error() string { return "kafka: error while consuming " + ce.Topic }

type consumerGroup struct {
	returnErrors bool
	memberID     string
	errors       chan error
	lock         sync.Mutex
	closed       chan none
	closeOnce    sync.Once
}

func (c *consumerGroup) Errors() <-chan error { return c.errors }

func (c *consumerGroup) Close() (err error) {
	c.closeOnce.Do(func() {
		close(c.closed)
		c.leave()
		go func() {
			close(c.errors)
		}()
		for e := range c.errors {
			err = e
		}
	})
	return
}

func (c *consumerGroup) leave() {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.memberID = ""
}

func (c *consumerGroup) consumePartition(topic string, partition int32, errs <-chan error) {
	go func() {
		for err := range errs {
			c.handleError(err, topic, partition)
		}
	}()
}

func (c *consumerGroup) handleError(err error, topic string, partition int32) {
	if _, ok := err.(*ConsumerError); !ok && topic != "" && partition > -1 {
		err = &ConsumerError{Topic: topic, Partition: partition, Err: err}
	}
	if !c.returnErrors {
		log.Println(err)
		return
	}

	select {
	case <-c.closed:
		return
	default:
	}

	select {
	case c.errors <- err: // Noncompliant
	default:
	}
}
