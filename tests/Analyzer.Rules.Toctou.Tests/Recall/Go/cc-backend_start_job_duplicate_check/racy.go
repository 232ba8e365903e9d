// https://github.com/ClusterCockpit/cc-backend/issues/46 (fix: https://github.com/ClusterCockpit/cc-backend/pull/72)
// The start_job REST endpoint looked up existing jobs with the same (jobId, cluster,
// startTime) and, if none was found, inserted the new job. Two start_job calls for the same
// job arriving almost together both passed the duplicate check and both inserted a row.
// The fix takes a RepositoryMutex before the duplicate lookup and releases it only after
// the insert.
package api

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)

type JobMeta struct {
	JobID     int64  `json:"jobId"`
	Cluster   string `json:"cluster"`
	StartTime int64  `json:"startTime"`
	User      string `json:"user"`
}

type JobRepository struct {
	DB *sql.DB
}

func (r *JobRepository) Find(jobID int64, cluster string, startTime int64) (int64, error) {
	var id int64
	err := r.DB.QueryRow(`SELECT id FROM job WHERE job_id = ? AND cluster = ? AND start_time = ?`,
		jobID, cluster, startTime).Scan(&id)
	return id, err
}

func (r *JobRepository) Start(job *JobMeta) (int64, error) {
	res, err := r.DB.Exec(`INSERT INTO job (job_id, cluster, start_time, user) VALUES (?, ?, ?, ?)`,
		job.JobID, job.Cluster, job.StartTime, job.User)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

type RestApi struct {
	JobRepository *JobRepository
}

// startJob is an HTTP handler; net/http serves concurrent requests on separate goroutines.
func (api *RestApi) startJob(rw http.ResponseWriter, r *http.Request) {
	var req JobMeta
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(rw, err.Error(), http.StatusBadRequest)
		return
	}

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

	newID, err := api.JobRepository.Start(&req) // Noncompliant
	if err != nil {
		http.Error(rw, fmt.Sprintf("insert into database failed: %v", err), http.StatusInternalServerError)
		return
	}
	rw.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(rw).Encode(map[string]int64{"id": newID})
}
