// https://github.com/fvbock/endless/pull/21
// fork() read the package-level runningServersForked flag before taking runningServerReg, so the signal-handling
// goroutines of several servers that all receive SIGHUP could each see "not forked yet" and each start a child
// process; the fix takes the registry lock before the check.
package endlessfork

import (
	"errors"
	"log"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"sync"
	"syscall"
)

var (
	runningServerReg     sync.RWMutex
	runningServers       = map[string]*endlessServer{}
	runningServersOrder  []string
	runningServersForked bool
)

type endlessServer struct {
	addr     string
	listener *net.TCPListener
	sigChan  chan os.Signal
}

func NewServer(addr string) *endlessServer {
	runningServerReg.Lock()
	defer runningServerReg.Unlock()
	srv := &endlessServer{addr: addr, sigChan: make(chan os.Signal, 1)}
	runningServersOrder = append(runningServersOrder, addr)
	runningServers[addr] = srv
	return srv
}

func (srv *endlessServer) ListenAndServe() error {
	go srv.handleSignals()

	l, err := net.Listen("tcp", srv.addr)
	if err != nil {
		return err
	}
	srv.listener = l.(*net.TCPListener)
	select {}
}

// every server has its own signal goroutine; one SIGHUP reaches all of them.
func (srv *endlessServer) handleSignals() {
	signal.Notify(srv.sigChan, syscall.SIGHUP, syscall.SIGTERM)
	pid := syscall.Getpid()
	for sig := range srv.sigChan {
		switch sig {
		case syscall.SIGHUP:
			log.Println(pid, "Received SIGHUP. forking.")
			if err := srv.fork(); err != nil {
				log.Println("Fork err:", err)
			}
		case syscall.SIGTERM:
			log.Println(pid, "Received SIGTERM.")
		}
	}
}

func (srv *endlessServer) fork() (err error) {
	// only one server instance should fork!
	if runningServersForked {
		return errors.New("Another process already forked. Ignoring this one.")
	}

	runningServersForked = true // Noncompliant

	runningServerReg.Lock()
	defer runningServerReg.Unlock()

	files := make([]*os.File, 0, len(runningServers))
	for _, addr := range runningServersOrder {
		f, ferr := runningServers[addr].listener.File()
		if ferr != nil {
			return ferr
		}
		files = append(files, f)
	}

	cmd := exec.Command(os.Args[0], os.Args[1:]...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.ExtraFiles = files
	cmd.Env = append(os.Environ(), "ENDLESS_CONTINUE=1")
	return cmd.Start()
}
