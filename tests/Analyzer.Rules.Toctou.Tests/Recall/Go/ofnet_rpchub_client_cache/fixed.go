// https://github.com/contiv/ofnet/pull/50
// Fixed version: dbLock is held across the map lookup, the dial and the
// insert, so concurrent callers for the same server share one client.
package rpchub

import (
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"sync"
)

var (
	dbLock      sync.Mutex
	lockedCliDb = make(map[string]*rpc.Client)
)

func dialRPCClient(servAddr string, portNo uint16) *rpc.Client {
	conn, err := net.Dial("tcp", fmt.Sprintf("%s:%d", servAddr, portNo))
	if err != nil {
		panic(err)
	}
	return jsonrpc.NewClient(conn)
}

// LockedClient returns the cached client for the server, creating it when absent.
func LockedClient(servAddr string, portNo uint16) *rpc.Client {
	clientKey := fmt.Sprintf("%s:%d", servAddr, portNo)
	dbLock.Lock()
	defer dbLock.Unlock()

	if c := lockedCliDb[clientKey]; c != nil {
		return c
	}

	client := dialRPCClient(servAddr, portNo)
	lockedCliDb[clientKey] = client
	return client
}

func connectAllMasters(addrs []string, port uint16) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			var reply bool
			_ = LockedClient(addr, port).Call("OfnetMaster.RegisterNode", addr, &reply)
		}(a)
	}
	wg.Wait()
}
