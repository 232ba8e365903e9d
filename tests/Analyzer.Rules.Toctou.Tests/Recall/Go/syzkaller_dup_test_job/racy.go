// https://github.com/google/syzkaller/issues/518
// The same test request can arrive twice (direct email and mailing-list copy). addTestJob
// queried for a job with the same ExtID and then stored a new one as two separate datastore
// calls, so two requests handled at once could both find nothing and both create a job.
// Fix: run the duplicate query and the Put inside one datastore transaction.
package dashjobs

import (
	"net/http"
	"sync"
)

type Job struct {
	BugID string
	ExtID string
	Link  string
}

// datastore stands in for the App Engine datastore: each call is individually safe.
type datastore struct {
	mu   sync.Mutex
	jobs map[int]*Job
	next int
}

func (d *datastore) queryByExtID(bugID, extID string) (int, *Job) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for key, j := range d.jobs {
		if j.BugID == bugID && j.ExtID == extID {
			return key, j
		}
	}
	return 0, nil
}

func (d *datastore) put(key int, j *Job) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if key == 0 {
		d.next++
		key = d.next
	}
	d.jobs[key] = j
	return key
}

var db = &datastore{jobs: make(map[int]*Job)}

func addTestJob(bugID, extID, link string) {
	key, existing := db.queryByExtID(bugID, extID)
	if existing != nil {
		if existing.Link == "" && link != "" {
			existing.Link = link
			db.put(key, existing)
		}
		return
	}
	db.put(0, &Job{BugID: bugID, ExtID: extID, Link: link}) // Noncompliant
}

// handleIncomingMail is invoked concurrently for every incoming email.
func handleIncomingMail(w http.ResponseWriter, r *http.Request) {
	addTestJob(r.FormValue("bug"), r.FormValue("msgid"), r.FormValue("link"))
	w.WriteHeader(http.StatusOK)
}
