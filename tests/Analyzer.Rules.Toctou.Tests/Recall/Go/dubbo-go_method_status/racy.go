// https://github.com/apache/dubbo-go/pull/739
// GetMethodStatus looked up the per-URL and per-method stats in sync.Maps with Load and,
// when missing, created a new entry and Store'd it. Two invocations of the same method
// can both miss and overwrite each other's entry, losing active/total counters used by
// the least-active load balancer. Fix: LoadOrStore after the miss so one entry wins.
package rpcstatus

import (
	"sync"
	"sync/atomic"
)

type URL struct{ key string }

func (u URL) Key() string { return u.key }

var (
	methodStats  sync.Map // url key -> *sync.Map (method name -> *RPCStatus)
	serviceStats sync.Map // url key -> *RPCStatus
)

type RPCStatus struct {
	active int32
	total  int32
}

func GetURLStatus(url URL) *RPCStatus {
	v, _ := serviceStats.LoadOrStore(url.Key(), &RPCStatus{})
	return v.(*RPCStatus)
}

func GetMethodStatus(url URL, methodName string) *RPCStatus {
	identifier := url.Key()
	methodMap, found := methodStats.Load(identifier)
	if !found {
		methodMap = &sync.Map{}
		methodStats.Store(identifier, methodMap) // Noncompliant
	}

	methodActive := methodMap.(*sync.Map)
	status, found := methodActive.Load(methodName)
	if !found {
		status = &RPCStatus{}
		methodActive.Store(methodName, status) // Noncompliant
	}
	return status.(*RPCStatus)
}

func BeginCount(url URL, methodName string) {
	atomic.AddInt32(&GetURLStatus(url).active, 1)
	atomic.AddInt32(&GetMethodStatus(url, methodName).active, 1)
}

func EndCount(url URL, methodName string) {
	s := GetMethodStatus(url, methodName)
	atomic.AddInt32(&s.active, -1)
	atomic.AddInt32(&s.total, 1)
}

// Invoke is called from many goroutines for every RPC call.
func Invoke(url URL, methodName string, call func()) {
	BeginCount(url, methodName)
	defer EndCount(url, methodName)
	call()
}
