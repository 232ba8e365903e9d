// https://github.com/edgexfoundry/device-modbus-go/issues/16
// Fixed: one mutex guards the address map, so lookup and insert of the
// per-address channel happen together.
package driver

import "sync"

type SafeModbusDriver struct {
	mutex      sync.Mutex
	addressMap map[string]chan bool
}

func (d *SafeModbusDriver) lockAddr(address *Addressable) {
	d.mutex.Lock()
	lock, ok := d.addressMap[address.Address]
	if !ok {
		lock = make(chan bool, 1)
		d.addressMap[address.Address] = lock
	}
	d.mutex.Unlock()
	lock <- true
}

func (d *SafeModbusDriver) unlockAddr(address *Addressable) {
	d.mutex.Lock()
	lock := d.addressMap[address.Address]
	d.mutex.Unlock()
	<-lock
}

func (d *SafeModbusDriver) HandleReads(addr *Addressable, reqs []string) error {
	d.lockAddr(addr)
	defer d.unlockAddr(addr)
	for range reqs {
		// talk to the device
	}
	return nil
}

func serveSafeCommands(d *SafeModbusDriver, addr *Addressable) {
	for i := 0; i < 4; i++ {
		go d.HandleReads(addr, []string{"holding"})
	}
}
