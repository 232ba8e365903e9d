// https://github.com/k3s-io/k3s/pull/10322
// The agent load balancer's nextServer is called from dialContext by every proxied
// connection goroutine when the current apiserver fails. After lb.mutex became an
// RWMutex, nextServer held only the read lock, so several goroutines could each clamp
// nextServerIndex to 0 and then each increment it; one then indexed randomServers past
// its end ("index out of range [2] with length 2", rancher/rke2#6130). Fix: nextServer
// takes the write lock, so clamp, index and increment happen as one step.
package loadbalancer

import (
	"context"
	"errors"
	"net"
	"sync"
)

type LoadBalancer struct {
	mutex                sync.RWMutex
	dialer               net.Dialer
	ServerAddresses      []string
	randomServers        []string
	currentServerAddress string
	nextServerIndex      int
}

func (lb *LoadBalancer) setServers(addresses []string) {
	lb.mutex.Lock()
	defer lb.mutex.Unlock()
	lb.ServerAddresses = addresses
	lb.randomServers = append([]string{}, addresses...)
	lb.currentServerAddress = lb.randomServers[0]
	lb.nextServerIndex = 1
}

func (lb *LoadBalancer) nextServer(failedServer string) (string, error) {
	lb.mutex.RLock()
	defer lb.mutex.RUnlock()

	if len(lb.randomServers) == 0 {
		return "", errors.New("no servers in load balancer proxy list")
	}
	if len(lb.randomServers) == 1 || failedServer != lb.currentServerAddress {
		return lb.currentServerAddress, nil
	}
	if lb.nextServerIndex >= len(lb.randomServers) {
		lb.nextServerIndex = 0 // Noncompliant
	}
	lb.currentServerAddress = lb.randomServers[lb.nextServerIndex] // Noncompliant
	lb.nextServerIndex++
	return lb.currentServerAddress, nil
}

// dialContext is invoked by the TCP proxy for each accepted connection, concurrently.
func (lb *LoadBalancer) dialContext(ctx context.Context, network, _ string) (net.Conn, error) {
	lb.mutex.RLock()
	target := lb.currentServerAddress
	tries := len(lb.randomServers)
	lb.mutex.RUnlock()
	for i := 0; i <= tries; i++ {
		conn, err := lb.dialer.DialContext(ctx, network, target)
		if err == nil {
			return conn, nil
		}
		if target, err = lb.nextServer(target); err != nil {
			return nil, err
		}
	}
	return nil, errors.New("all servers failed")
}
