// https://github.com/edgexfoundry/go-mod-messaging/pull/26
// The ZeroMQ client creates its PUB socket lazily in Publish(): "if client.publisher == nil"
// then create the socket and Bind it. core-data publishes events from concurrent requests, so
// two goroutines could both see nil and both bind the port ("address already in use"), leaving
// the client in a broken state. Fix: do the nil check and the bind inside bindToPort() while
// holding a mutex (later PR #96 also dropped the leftover unlocked nil check in Publish).
package zeromq

import (
	"errors"
	"fmt"
	"sync"
)

var (
	boundMu    sync.Mutex
	boundAddrs = map[string]bool{}
)

// pubSocket stands in for *zmq.Socket of type PUB.
type pubSocket struct {
	addr string
}

func newPubSocket() *pubSocket { return &pubSocket{} }

func (s *pubSocket) Bind(addr string) error {
	boundMu.Lock()
	defer boundMu.Unlock()
	if boundAddrs[addr] {
		return errors.New("address already in use [" + addr + "]")
	}
	boundAddrs[addr] = true
	s.addr = addr
	return nil
}

func (s *pubSocket) Send(topic string, payload []byte) error { return nil }

type zeromqClient struct {
	publisher  *pubSocket
	publishMux sync.Mutex
	host       string
	port       int
}

func (client *zeromqClient) Publish(payload []byte, topic string) error {
	msgQueueURL := fmt.Sprintf("tcp://%s:%d", client.host, client.port)

	if client.publisher == nil {
		client.publisher = newPubSocket() // Noncompliant
		if err := client.publisher.Bind(msgQueueURL); err != nil {
			return err
		}
	}

	client.publishMux.Lock()
	defer client.publishMux.Unlock()
	return client.publisher.Send(topic, payload)
}

// publishEvents: each incoming event is pushed from its own request goroutine.
func publishEvents(client *zeromqClient, events [][]byte) {
	var wg sync.WaitGroup
	for _, e := range events {
		wg.Add(1)
		go func(e []byte) {
			defer wg.Done()
			_ = client.Publish(e, "events")
		}(e)
	}
	wg.Wait()
}
