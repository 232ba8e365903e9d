// https://github.com/aerospike/aerospike-backup-service/pull/303
// Fixed version (shape of the current client_manager.go): the create path stores through
// storeClient, which looks the cluster up again under the write lock; if
// another job won, the freshly made client is closed and the cached one reused.
package clientmgr

import (
	"errors"
	"sync"
)

type sharedInfo struct {
	client *BackupClient
	count  int
}

type SafeClientManager struct {
	mu      sync.RWMutex
	clients map[*Cluster]*sharedInfo
	connect func(*Cluster) (*AerospikeClient, error)
}

func (cm *SafeClientManager) Acquire(cluster *Cluster) (*BackupClient, error) {
	if c := cm.existing(cluster); c != nil {
		return c, nil
	}
	as, err := cm.connect(cluster)
	if err != nil {
		return nil, errors.New("cannot create backup client")
	}
	return cm.storeClient(cluster, &BackupClient{as: as}), nil
}

func (cm *SafeClientManager) existing(cluster *Cluster) *BackupClient {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	if info, ok := cm.clients[cluster]; ok {
		info.count++
		return info.client
	}
	return nil
}

func (cm *SafeClientManager) storeClient(cluster *Cluster, client *BackupClient) *BackupClient {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	if info, ok := cm.clients[cluster]; ok {
		client.as.Close()
		info.count++
		return info.client
	}
	cm.clients[cluster] = &sharedInfo{client: client, count: 1}
	return client
}

func (cm *SafeClientManager) Release(client *BackupClient) {
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

func runSafeJobs(cm *SafeClientManager, cluster *Cluster, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, err := cm.Acquire(cluster); err == nil {
				cm.Release(c)
			}
		}()
	}
	wg.Wait()
}
