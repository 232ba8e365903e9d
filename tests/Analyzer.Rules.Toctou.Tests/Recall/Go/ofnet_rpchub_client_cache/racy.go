// https://github.com/contiv/ofnet/pull/50
// rpcHub.Client() looked up a cached JSON-RPC client in the package-level
// clientDb map and, on a miss, dialed and stored a new one with no lock.
// Agents call it from several goroutines, so two callers can both miss and
// both dial/store. The fix takes dbLock for the whole lookup-or-create.
package rpchub

import (
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"sync"
)

// cached clients, keyed by "addr:port"
var clientDb = make(map[string]*rpc.Client)

func newRPCClient(servAddr string, portNo uint16) *rpc.Client {
	conn, err := net.Dial("tcp", fmt.Sprintf("%s:%d", servAddr, portNo))
	if err != nil {
		panic(err)
	}
	return jsonrpc.NewClient(conn)
}

// Client returns the cached client for the server, creating it when absent.
func Client(servAddr string, portNo uint16) *rpc.Client {
	clientKey := fmt.Sprintf("%s:%d", servAddr, portNo)

	if c := clientDb[clientKey]; c != nil {
		return c
	}

	client := newRPCClient(servAddr, portNo)
	clientDb[clientKey] = client // Noncompliant
	return client
}

// connectMasters is how an agent reaches every master: one goroutine each.
func connectMasters(addrs []string, port uint16) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			var reply bool
			_ = Client(addr, port).Call("OfnetMaster.RegisterNode", addr, &reply)
		}(a)
	}
	wg.Wait()
}
