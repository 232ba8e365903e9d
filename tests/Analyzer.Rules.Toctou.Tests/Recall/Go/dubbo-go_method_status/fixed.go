// https://github.com/apache/dubbo-go/pull/739
// Fixed: after a Load miss the entry is published with LoadOrStore, so every caller
// ends up with the same per-method map and the same *RpcStats.
package rpcstatus

import (
	"sync"
	"sync/atomic"
)

type SvcURL struct{ key string }

func (u SvcURL) Key() string { return u.key }

var (
	methodStatsFixed  sync.Map
	serviceStatsFixed sync.Map
)

type RpcStats struct {
	active int32
	total  int32
}

func LookupURLStats(url SvcURL) *RpcStats {
	v, found := serviceStatsFixed.Load(url.Key())
	if !found {
		v, _ = serviceStatsFixed.LoadOrStore(url.Key(), &RpcStats{})
	}
	return v.(*RpcStats)
}

func LookupMethodStats(url SvcURL, methodName string) *RpcStats {
	identifier := url.Key()
	methodMap, found := methodStatsFixed.Load(identifier)
	if !found {
		methodMap, _ = methodStatsFixed.LoadOrStore(identifier, &sync.Map{})
	}

	methodActive := methodMap.(*sync.Map)
	status, found := methodActive.Load(methodName)
	if !found {
		status, _ = methodActive.LoadOrStore(methodName, &RpcStats{})
	}
	return status.(*RpcStats)
}

func StartCount(url SvcURL, methodName string) {
	atomic.AddInt32(&LookupURLStats(url).active, 1)
	atomic.AddInt32(&LookupMethodStats(url, methodName).active, 1)
}

func StopCount(url SvcURL, methodName string) {
	s := LookupMethodStats(url, methodName)
	atomic.AddInt32(&s.active, -1)
	atomic.AddInt32(&s.total, 1)
}

func InvokeFixed(url SvcURL, methodName string, call func()) {
	StartCount(url, methodName)
	defer StopCount(url, methodName)
	call()
}
