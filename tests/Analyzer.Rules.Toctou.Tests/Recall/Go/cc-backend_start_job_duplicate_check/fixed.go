// https://github.com/ClusterCockpit/cc-backend/issues/46 (fix: https://github.com/ClusterCockpit/cc-backend/pull/72)
// Fixed version: a shared RepositoryMutex is held from the duplicate lookup until the insert.
package api

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
)

type SerialRestApi struct {
	JobRepository   *JobRepository
	RepositoryMutex sync.Mutex
}

func (api *SerialRestApi) startJobSerialized(rw http.ResponseWriter, r *http.Request) {
	var req JobMeta
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}

	var unlockOnce sync.Once
	api.RepositoryMutex.Lock()
	defer unlockOnce.Do(api.RepositoryMutex.Unlock)

	id, err := api.JobRepository.Find(req.JobID, req.Cluster, req.StartTime)
	if err != nil && err != sql.ErrNoRows {
		http.Error(rw, fmt.Sprintf("checking for duplicate failed: %v", err), http.StatusInternalServerError)
		return
	}
	if err != sql.ErrNoRows {
		http.Error(rw, fmt.Sprintf("a job with that jobId, cluster and startTime already exists: dbid: %d", id),
			http.StatusUnprocessableEntity)
		return
	}

	newID, err := api.JobRepository.Start(&req)
	if err != nil {
		http.Error(rw, fmt.Sprintf("insert into database failed: %v", err), http.StatusInternalServerError)
		return
	}
	unlockOnce.Do(api.RepositoryMutex.Unlock)

	rw.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(rw).Encode(map[string]int64{"id": newID})
}
