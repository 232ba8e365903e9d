// https://github.com/edgexfoundry/go-mod-messaging/pull/26
package zeromq

import (
	"fmt"
	"sync"
)

type lockedZeromqClient struct {
	publisher  *pubSocket
	publishMux sync.Mutex
	host       string
	port       int
}

func (client *lockedZeromqClient) bindToPort(msgQueueURL string) error {
	client.publishMux.Lock()
	defer client.publishMux.Unlock()
	if client.publisher == nil {
		sock := newPubSocket()
		if err := sock.Bind(msgQueueURL); err != nil {
			return err
		}
		client.publisher = sock
	}
	return nil
}

func (client *lockedZeromqClient) Publish(payload []byte, topic string) error {
	msgQueueURL := fmt.Sprintf("tcp://%s:%d", client.host, client.port)
	if err := client.bindToPort(msgQueueURL); err != nil {
		return err
	}

	client.publishMux.Lock()
	defer client.publishMux.Unlock()
	return client.publisher.Send(topic, payload)
}

func publishEventsLocked(client *lockedZeromqClient, events [][]byte) {
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
