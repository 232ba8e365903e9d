// https://github.com/milvus-io/milvus/pull/47396 (issue https://github.com/milvus-io/milvus/issues/47395)
// Fixed version: one Lock across check and modify.
package ckptupdater

import (
	"sync"
	"time"
)

type cpTask struct {
	pos      *MsgPosition
	callback func()
	flush    bool
}

type checkpointUpdater struct {
	mu         sync.RWMutex
	tasks      map[string]*cpTask
	notifyChan chan struct{}
	closeCh    chan struct{}
	send       func([]*MsgPosition) error
}

func newCheckpointUpdater(send func([]*MsgPosition) error) *checkpointUpdater {
	return &checkpointUpdater{
		tasks:      make(map[string]*cpTask),
		notifyChan: make(chan struct{}, 1),
		closeCh:    make(chan struct{}),
		send:       send,
	}
}

func (u *checkpointUpdater) run() {
	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-u.closeCh:
			return
		case <-u.notifyChan:
			u.flushAll()
		case <-ticker.C:
			u.flushAll()
		}
	}
}

func (u *checkpointUpdater) flushAll() {
	u.mu.RLock()
	tasks := make([]*cpTask, 0, len(u.tasks))
	for _, t := range u.tasks {
		tasks = append(tasks, t)
	}
	u.mu.RUnlock()

	positions := make([]*MsgPosition, 0, len(tasks))
	for _, t := range tasks {
		positions = append(positions, t.pos)
	}
	if err := u.send(positions); err != nil {
		return
	}
	for _, t := range tasks {
		t.callback()
	}

	u.mu.Lock()
	defer u.mu.Unlock()
	for _, t := range tasks {
		channel := t.pos.ChannelName
		if cur, ok := u.tasks[channel]; ok && cur.pos.Timestamp <= t.pos.Timestamp {
			delete(u.tasks, channel)
		}
	}
}

func (u *checkpointUpdater) addTask(channelPos *MsgPosition, flush bool, callback func()) {
	if channelPos == nil || channelPos.ChannelName == "" {
		return
	}
	channel := channelPos.ChannelName

	u.mu.Lock()
	defer u.mu.Unlock()

	task, ok := u.tasks[channel]
	if !ok {
		u.tasks[channel] = &cpTask{pos: channelPos, callback: callback, flush: flush}
		return
	}

	if task.pos.Timestamp < channelPos.Timestamp || (flush && !task.flush) {
		pos := channelPos
		if task.pos.Timestamp > pos.Timestamp {
			pos = task.pos
		}
		u.tasks[channel] = &cpTask{pos: pos, callback: callback, flush: flush || task.flush}
	}
}
