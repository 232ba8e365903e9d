// https://github.com/aerospike/aerospike-backup-service/pull/303
// ClientManager.GetClient looked the cluster up under the read lock, released
// it, connected a new client, then stored it under the write lock without
// looking again. Two backup/restore jobs for the same cluster both missed and
// both created a client; one overwrote the other and leaked its connections.
// Fix (current client_manager.go): storeClient re-checks under the write lock and closes the extra client.
package clientmgr

import (
	"errors"
	"sync"
)

type Cluster struct{ Name string }

type AerospikeClient struct{ closed bool }

func (c *AerospikeClient) Close() { c.closed = true }

type BackupClient struct{ as *AerospikeClient }

type clientInfo struct {
	client *BackupClient
	count  int
}

type ClientManagerImpl struct {
	mu      sync.RWMutex
	clients map[*Cluster]*clientInfo
	connect func(*Cluster) (*AerospikeClient, error)
}

// GetClient returns a cached backup client or creates a new one.
func (cm *ClientManagerImpl) GetClient(cluster *Cluster) (*BackupClient, error) {
	cm.mu.RLock()
	info, exists := cm.clients[cluster]
	if exists {
		info.count++
	}
	cm.mu.RUnlock()
	if exists {
		return info.client, nil
	}

	as, err := cm.connect(cluster)
	if err != nil {
		return nil, errors.New("cannot create backup client")
	}
	client := &BackupClient{as: as}

	cm.mu.Lock()
	defer cm.mu.Unlock()
	cm.clients[cluster] = &clientInfo{client: client, count: 1} // Noncompliant
	return client, nil
}

// Close releases one reference to the client.
func (cm *ClientManagerImpl) Close(client *BackupClient) {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	for id, info := range cm.clients {
		if info.client == client {
			info.count--
			if info.count == 0 {
				info.client.as.Close()
				delete(cm.clients, id)
			}
			return
		}
	}
	client.as.Close()
}

func runJobs(cm *ClientManagerImpl, cluster *Cluster, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, err := cm.GetClient(cluster); err == nil {
				cm.Close(c)
			}
		}()
	}
	wg.Wait()
}
