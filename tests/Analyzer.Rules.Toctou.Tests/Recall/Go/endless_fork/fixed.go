// https://github.com/fvbock/endless/pull/21
// Fixed version: the registry lock is taken first and the "already forked" flag is read and set while holding it,
// so exactly one signal goroutine starts the child process.
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
	graceRegMu      sync.RWMutex
	graceServers    = map[string]*graceServer{}
	graceOrder      []string
	graceForkIssued bool
)

type graceServer struct {
	addr     string
	listener *net.TCPListener
	sigs     chan os.Signal
}

func NewGraceServer(addr string) *graceServer {
	graceRegMu.Lock()
	defer graceRegMu.Unlock()
	srv := &graceServer{addr: addr, sigs: make(chan os.Signal, 1)}
	graceOrder = append(graceOrder, addr)
	graceServers[addr] = srv
	return srv
}

func (srv *graceServer) Serve() error {
	go srv.watchSignals()

	l, err := net.Listen("tcp", srv.addr)
	if err != nil {
		return err
	}
	srv.listener = l.(*net.TCPListener)
	select {}
}

func (srv *graceServer) watchSignals() {
	signal.Notify(srv.sigs, syscall.SIGHUP, syscall.SIGTERM)
	pid := syscall.Getpid()
	for sig := range srv.sigs {
		switch sig {
		case syscall.SIGHUP:
			log.Println(pid, "Received SIGHUP. forking.")
			if err := srv.spawnChild(); err != nil {
				log.Println("Fork err:", err)
			}
		case syscall.SIGTERM:
			log.Println(pid, "Received SIGTERM.")
		}
	}
}

func (srv *graceServer) spawnChild() error {
	graceRegMu.Lock()
	defer graceRegMu.Unlock()

	// only one server instance should fork!
	if graceForkIssued {
		return errors.New("another process already forked, ignoring this one")
	}
	graceForkIssued = true

	files := make([]*os.File, 0, len(graceServers))
	for _, addr := range graceOrder {
		f, err := graceServers[addr].listener.File()
		if err != nil {
			return err
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
