// https://github.com/nsqio/nsq/pull/891
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package nsqd

import (
	"sync/atomic"
	"time"
)

type retryingProtocolV2 struct {
	topic *Topic
}

func (p *retryingProtocolV2) SUB(client *clientV2, channelName string) error {
	// This retry-loop is a work-around for a race condition, where the
	// last client can leave the channel between GetChannel() and AddClient().
	// Avoid adding a client to an ephemeral channel which has started exiting.
	var channel *Channel
	for {
		channel = p.topic.GetChannel(channelName)
		channel.AddClient(client.ID, client)

		if channel.ephemeral && channel.Exiting() {
			channel.RemoveClient(client.ID)
			time.Sleep(1 * time.Millisecond)
			continue
		}
		break
	}

	atomic.StoreInt32(&client.State, stateSubscribed)
	client.Channel = channel
	// update message pump
	client.SubEventChan <- channel
	return nil
}

func (p *retryingProtocolV2) messagePumpExit(client *clientV2) {
	if client.Channel != nil {
		client.Channel.RemoveClient(client.ID)
	}
}
