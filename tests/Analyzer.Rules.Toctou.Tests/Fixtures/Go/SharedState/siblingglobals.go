package sharedstate

// One function starts two others on goroutines of their own, each once: one tests a package-level map and fills it,
// the other deletes from it at the same time.
var pendingJobs = map[string][]int{}

func enqueueJob() {
	if _, ok := pendingJobs["batch"]; !ok { // Secondary [check]
		pendingJobs["batch"] = nil // Noncompliant {{pendingJobs["batch"] is checked at line 8 and changed at line 9 by pendingJobs["batch"], with no lock held at either point, while dropJobs changes it at the same time: RunJobs starts enqueueJob at line 18 and dropJobs at line 19}}
	}
}

func dropJobs() {
	delete(pendingJobs, "batch")
}

func RunJobs() {
	go enqueueJob() // Secondary [concurrency]
	go dropJobs()   // Secondary [concurrency]
}

// A writer another function starts, or one that runs before the start, runs apart from it.
var pendingReports = map[string][]int{}

func enqueueReport() {
	if _, ok := pendingReports["daily"]; !ok {
		pendingReports["daily"] = nil
	}
}

func dropReports() {
	delete(pendingReports, "daily")
}

func RunReports() {
	dropReports()
	go enqueueReport()
}

func CleanReports() {
	go dropReports()
}
