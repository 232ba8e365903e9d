// https://github.com/nsqio/nsq/pull/891
// SUB got (or created) the channel with topic.GetChannel() and then called channel.AddClient().
// For an ephemeral channel the last client can disconnect in between: RemoveClient() sees zero
// clients and its deleter removes the channel from the topic and exits it, so the reconnecting
// subscriber is attached to a deleted channel and never receives messages (issue #883).
// Fix tolerates it: after AddClient, if the channel or topic is Exiting, remove the client and retry.
package nsqd

import (
	"sync"
	"sync/atomic"
)

const stateSubscribed = 3

type clientV2 struct {
	ID           int64
	State        int32
	Channel      *Channel
	SubEventChan chan *Channel
}

type Channel struct {
	sync.RWMutex
	name           string
	ephemeral      bool
	clients        map[int64]*clientV2
	exitFlag       int32
	deleter        sync.Once
	deleteCallback func(*Channel)
}

func (c *Channel) Exiting() bool { return atomic.LoadInt32(&c.exitFlag) == 1 }

func (c *Channel) exit() { atomic.StoreInt32(&c.exitFlag, 1) }

func (c *Channel) AddClient(clientID int64, client *clientV2) {
	c.Lock()
	defer c.Unlock()
	c.clients[clientID] = client
}

// RemoveClient removes a client from the Channel's client list
func (c *Channel) RemoveClient(clientID int64) {
	c.Lock()
	defer c.Unlock()
	if _, ok := c.clients[clientID]; !ok {
		return
	}
	delete(c.clients, clientID)
	if len(c.clients) == 0 && c.ephemeral {
		go c.deleter.Do(func() { c.deleteCallback(c) })
	}
}

type Topic struct {
	sync.RWMutex
	name       string
	channelMap map[string]*Channel
}

// GetChannel performs a thread safe operation to return a pointer to a Channel object (potentially new)
func (t *Topic) GetChannel(channelName string) *Channel {
	t.Lock()
	defer t.Unlock()
	channel, ok := t.channelMap[channelName]
	if !ok {
		channel = &Channel{
			name:           channelName,
			ephemeral:      len(channelName) > 10 && channelName[len(channelName)-10:] == "#ephemeral",
			clients:        make(map[int64]*clientV2),
			deleteCallback: func(c *Channel) { t.DeleteExistingChannel(c.name) },
		}
		t.channelMap[channelName] = channel
	}
	return channel
}

func (t *Topic) DeleteExistingChannel(channelName string) {
	t.Lock()
	channel, ok := t.channelMap[channelName]
	delete(t.channelMap, channelName)
	t.Unlock()
	if ok {
		channel.exit()
	}
}

type protocolV2 struct {
	topic *Topic
}

// SUB runs in the IOLoop goroutine of each client connection.
func (p *protocolV2) SUB(client *clientV2, channelName string) error {
	channel := p.topic.GetChannel(channelName)
	channel.AddClient(client.ID, client) // Noncompliant

	atomic.StoreInt32(&client.State, stateSubscribed)
	client.Channel = channel
	// update message pump
	client.SubEventChan <- channel
	return nil
}

// CLS / connection close of the previous consumer.
func (p *protocolV2) messagePumpExit(client *clientV2) {
	if client.Channel != nil {
		client.Channel.RemoveClient(client.ID)
	}
}
