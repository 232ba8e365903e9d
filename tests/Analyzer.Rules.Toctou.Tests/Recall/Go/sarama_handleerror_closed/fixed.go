// https://github.com/IBM/sarama/pull/2331
// Fixed version: errorsLock (RWMutex) is held for reading by reportError across the closed check and the
// send on c.errors, and for writing by the goroutine that closes c.errors, so no send can hit a closed
// channel.
package sarama

import (
	"log"
	"sync"
)

type empty struct{}

type GroupError struct {
	Topic     string
	Partition int32
	Err       error
}

func (ce *GroupError) Error() string { return "kafka: error while consuming " + ce.Topic }

type groupConsumer struct {
	returnErrors bool
	memberID     string
	errors       chan error
	lock         sync.Mutex
	errorsLock   sync.RWMutex
	closed       chan empty
	closeOnce    sync.Once
}

func (c *groupConsumer) ErrorsChan() <-chan error { return c.errors }

func (c *groupConsumer) Shutdown() (err error) {
	c.closeOnce.Do(func() {
		close(c.closed)
		c.leaveGroup()
		go func() {
			c.errorsLock.Lock()
			defer c.errorsLock.Unlock()
			close(c.errors)
		}()
		for e := range c.errors {
			err = e
		}
	})
	return
}

func (c *groupConsumer) leaveGroup() {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.memberID = ""
}

func (c *groupConsumer) watchPartition(topic string, partition int32, errs <-chan error) {
	go func() {
		for err := range errs {
			c.reportError(err, topic, partition)
		}
	}()
}

func (c *groupConsumer) reportError(err error, topic string, partition int32) {
	if _, ok := err.(*GroupError); !ok && topic != "" && partition > -1 {
		err = &GroupError{Topic: topic, Partition: partition, Err: err}
	}
	if !c.returnErrors {
		log.Println(err)
		return
	}

	c.errorsLock.RLock()
	defer c.errorsLock.RUnlock()
	select {
	case <-c.closed:
		return
	default:
	}

	select {
	case c.errors <- err:
	default:
	}
}
