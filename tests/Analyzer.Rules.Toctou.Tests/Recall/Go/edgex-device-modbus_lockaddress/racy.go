// https://github.com/edgexfoundry/device-modbus-go/issues/16
// lockAddress did sync.Map Load and, on a miss, made a new token channel and Stored it; two
// commands for one address could both miss and each install its own channel, so both talked to
// a device that handles one request at a time. Fix (PR #17): a mutex held across lookup and
// insert of the per-address channel.
package driver

import "sync"

type Addressable struct {
	Address string
}

type ModbusDriver struct {
	addressMap sync.Map
}

// lockAddress marks the address busy because the device handles one request at a time.
func (d *ModbusDriver) lockAddress(address *Addressable) {
	lock, ok := d.addressMap.Load(address.Address)
	if !ok {
		lock = make(chan bool, 1)
		d.addressMap.Store(address.Address, lock) // Noncompliant
	}
	lock.(chan bool) <- true
}

func (d *ModbusDriver) unlockAddress(address *Addressable) {
	lock, _ := d.addressMap.Load(address.Address)
	<-lock.(chan bool)
}

func (d *ModbusDriver) HandleReadCommands(addr *Addressable, reqs []string) error {
	d.lockAddress(addr)
	defer d.unlockAddress(addr)
	for range reqs {
		// talk to the device
	}
	return nil
}

// The device SDK calls the handlers from one goroutine per incoming command.
func serveCommands(d *ModbusDriver, addr *Addressable) {
	for i := 0; i < 4; i++ {
		go d.HandleReadCommands(addr, []string{"holding"})
	}
}
