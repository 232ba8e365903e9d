// https://github.com/microsoft/wmi/issues/165 (fix: https://github.com/microsoft/wmi/pull/166)
// Fixed version: the package mutex is taken before the map lookup, so the lookup, the creation
// of a new manager and the store all happen under one lock.
package instance

import (
	"strings"
	"sync"
)

type lockedHostSession struct {
	host      string
	namespace string
}

func openLockedHostSession(host, namespace string) (*lockedHostSession, error) {
	return &lockedHostSession{host: host, namespace: namespace}, nil
}

var (
	lockedManagerMap map[string]*LockedInstanceManager
	lockedMutex      sync.Mutex
)

type LockedInstanceManager struct {
	Host      string
	Namespace string
	session   *lockedHostSession
}

func init() {
	lockedManagerMap = map[string]*LockedInstanceManager{}
}

func newLockedInstanceManager(hostname, namespaceName, userName, password, domainName string) (*LockedInstanceManager, error) {
	im := &LockedInstanceManager{Host: hostname, Namespace: namespaceName}
	s, err := openLockedHostSession(hostname, namespaceName)
	if err != nil {
		return nil, err
	}
	im.session = s
	return im, nil
}

func GetLockedInstanceManager(hostname, namespaceName, userName, password, domainName string) (*LockedInstanceManager, error) {
	mapID := strings.Join([]string{hostname, namespaceName, domainName}, "_")

	lockedMutex.Lock()
	defer lockedMutex.Unlock()
	if val, ok := lockedManagerMap[mapID]; ok {
		return val, nil
	}

	var err error
	lockedManagerMap[mapID], err = newLockedInstanceManager(hostname, namespaceName, userName, password, domainName)
	if err != nil {
		return nil, err
	}
	return lockedManagerMap[mapID], nil
}

func (im *LockedInstanceManager) QueryLockedInstances(query string) ([]string, error) {
	return []string{im.session.namespace + ":" + query}, nil
}
