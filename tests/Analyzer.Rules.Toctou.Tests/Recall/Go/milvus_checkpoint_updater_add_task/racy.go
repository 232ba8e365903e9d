// https://github.com/milvus-io/milvus/pull/47396 (issue https://github.com/milvus-io/milvus/issues/47395)
// AddTask looked the channel task up via getTask (RLock, released) and then took the write Lock to insert
// or update it, while updateCheckpoints concurrently deletes finished tasks; AddTask could re-add a task
// that was just removed (duplicate callbacks) or overwrite a concurrent insert.
// Fix: one full Lock around the whole lookup-and-modify in AddTask; the getTask helper was removed.
package ckptupdater

import (
	"sync"
	"time"
)

type MsgPosition struct {
	ChannelName string
	Timestamp   uint64
}

type channelCPUpdateTask struct {
	pos      *MsgPosition
	callback func()
	flush    bool
}

type ChannelCheckpointUpdater struct {
	mu         sync.RWMutex
	tasks      map[string]*channelCPUpdateTask
	notifyChan chan struct{}
	closeCh    chan struct{}
	send       func([]*MsgPosition) error
}

func NewChannelCheckpointUpdater(send func([]*MsgPosition) error) *ChannelCheckpointUpdater {
	return &ChannelCheckpointUpdater{
		tasks:      make(map[string]*channelCPUpdateTask),
		notifyChan: make(chan struct{}, 1),
		closeCh:    make(chan struct{}),
		send:       send,
	}
}

func (ccu *ChannelCheckpointUpdater) Start() {
	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ccu.closeCh:
			return
		case <-ccu.notifyChan:
			ccu.execute()
		case <-ticker.C:
			ccu.execute()
		}
	}
}

func (ccu *ChannelCheckpointUpdater) getTask(channel string) (*channelCPUpdateTask, bool) {
	ccu.mu.RLock()
	defer ccu.mu.RUnlock()
	task, ok := ccu.tasks[channel]
	return task, ok
}

func (ccu *ChannelCheckpointUpdater) execute() {
	ccu.mu.RLock()
	tasks := make([]*channelCPUpdateTask, 0, len(ccu.tasks))
	for _, t := range ccu.tasks {
		tasks = append(tasks, t)
	}
	ccu.mu.RUnlock()

	positions := make([]*MsgPosition, 0, len(tasks))
	for _, t := range tasks {
		positions = append(positions, t.pos)
	}
	if err := ccu.send(positions); err != nil {
		return
	}
	for _, t := range tasks {
		t.callback()
	}

	ccu.mu.Lock()
	defer ccu.mu.Unlock()
	for _, t := range tasks {
		channel := t.pos.ChannelName
		if cur, ok := ccu.tasks[channel]; ok && cur.pos.Timestamp <= t.pos.Timestamp {
			delete(ccu.tasks, channel)
		}
	}
}

func (ccu *ChannelCheckpointUpdater) AddTask(channelPos *MsgPosition, flush bool, callback func()) {
	if channelPos == nil || channelPos.ChannelName == "" {
		return
	}
	channel := channelPos.ChannelName
	task, ok := ccu.getTask(channel)
	if !ok {
		ccu.mu.Lock()
		defer ccu.mu.Unlock()
		ccu.tasks[channel] = &channelCPUpdateTask{pos: channelPos, callback: callback, flush: flush} // Noncompliant
		return
	}

	if task.pos.Timestamp < channelPos.Timestamp || (flush && !task.flush) {
		pos := channelPos
		if task.pos.Timestamp > pos.Timestamp {
			pos = task.pos
		}
		ccu.mu.Lock()
		defer ccu.mu.Unlock()
		ccu.tasks[channel] = &channelCPUpdateTask{pos: pos, callback: callback, flush: flush || task.flush} // Noncompliant
	}
}
