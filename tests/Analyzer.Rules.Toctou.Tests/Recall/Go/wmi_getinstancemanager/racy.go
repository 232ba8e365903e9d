// https://github.com/microsoft/wmi/issues/165 (fix: https://github.com/microsoft/wmi/pull/166)
// GetWmiInstanceManager looked the key up in the package-level map without the package mutex and
// only took the mutex to build and store a new manager, so two callers could both miss and both
// create a manager (and race on the map). The fix takes the mutex before the lookup.
package instance

import (
	"strings"
	"sync"
)

type hostSession struct {
	host      string
	namespace string
}

func openHostSession(host, namespace string) (*hostSession, error) {
	return &hostSession{host: host, namespace: namespace}, nil
}

var (
	instanceManagerMap map[string]*WmiInstanceManager
	mutex              sync.Mutex
)

type WmiInstanceManager struct {
	Host      string
	Namespace string
	session   *hostSession
}

func init() {
	instanceManagerMap = map[string]*WmiInstanceManager{}
}

func newWmiInstanceManager(hostname, namespaceName, userName, password, domainName string) (*WmiInstanceManager, error) {
	im := &WmiInstanceManager{Host: hostname, Namespace: namespaceName}
	s, err := openHostSession(hostname, namespaceName)
	if err != nil {
		return nil, err
	}
	im.session = s
	return im, nil
}

func GetWmiInstanceManager(hostname, namespaceName, userName, password, domainName string) (*WmiInstanceManager, error) {
	mapID := strings.Join([]string{hostname, namespaceName, domainName}, "_")
	if val, ok := instanceManagerMap[mapID]; ok {
		return val, nil
	}

	mutex.Lock()
	defer mutex.Unlock()
	var err error
	instanceManagerMap[mapID], err = newWmiInstanceManager(hostname, namespaceName, userName, password, domainName) // Noncompliant
	if err != nil {
		return nil, err
	}
	return instanceManagerMap[mapID], nil
}

func (im *WmiInstanceManager) QueryInstances(query string) ([]string, error) {
	return []string{im.session.namespace + ":" + query}, nil
}
