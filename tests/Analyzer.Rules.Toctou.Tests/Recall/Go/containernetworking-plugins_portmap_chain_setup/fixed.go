// https://github.com/containernetworking/plugins/pull/408
// Fixed version: create the chain unconditionally and treat "already exists"
// (iptables exit status 1) as success, so concurrent plugin runs are idempotent.
package portmap

import (
	"errors"
	"sync"
)

// iptablesAPI is the subset of go-iptables used by the plugin.
type iptablesAPI interface {
	NewChain(table, chain string) error
	AppendUnique(table, chain string, rulespec ...string) error
}

// iptError mirrors *iptables.Error from go-iptables.
type iptError struct {
	status int
	msg    string
}

func (e *iptError) Error() string   { return e.msg }
func (e *iptError) ExitStatus() int { return e.status }

type natChain struct {
	table string
	name  string
	rules [][]string
}

// ensure idempotently creates the chain. It does not fail if the chain exists.
func (c *natChain) ensure(ipt iptablesAPI) error {
	if err := ipt.NewChain(c.table, c.name); err != nil {
		var eerr *iptError
		if !errors.As(err, &eerr) || eerr.ExitStatus() != 1 {
			return err
		}
	}
	for _, rule := range c.rules {
		if err := ipt.AppendUnique(c.table, c.name, rule...); err != nil {
			return err
		}
	}
	return nil
}

func addAllContainers(ipt iptablesAPI, containers []string) []error {
	errs := make([]error, len(containers))
	var wg sync.WaitGroup
	for i, id := range containers {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			top := &natChain{
				table: "nat",
				name:  "CNI-HOSTPORT-DNAT",
				rules: [][]string{{"-m", "comment", "--comment", id, "-j", "RETURN"}},
			}
			errs[i] = top.ensure(ipt)
		}(i, id)
	}
	wg.Wait()
	return errs
}
