// https://github.com/containernetworking/plugins/pull/408
// portmap's chain.setup listed the iptables chains and only called NewChain when the
// chain was missing. Plugin invocations for containers started at the same time all saw
// "missing" and all but one failed with "Chain already exists". The fix calls NewChain
// unconditionally and ignores the "already exists" error (iptables exit status 1).
package portmap

import "sync"

// ipTables is the subset of go-iptables used by the plugin. The kernel tables it
// talks to are shared by every plugin process running on the host.
type ipTables interface {
	ListChains(table string) ([]string, error)
	NewChain(table, chain string) error
	AppendUnique(table, chain string, rulespec ...string) error
}

type chain struct {
	table string
	name  string
	rules [][]string
}

func chainExists(ipt ipTables, table, name string) (bool, error) {
	chains, err := ipt.ListChains(table)
	if err != nil {
		return false, err
	}
	for _, ch := range chains {
		if ch == name {
			return true, nil
		}
	}
	return false, nil
}

// setup creates the chain if needed and adds its rules.
func (c *chain) setup(ipt ipTables) error {
	exists, err := chainExists(ipt, c.table, c.name)
	if err != nil {
		return err
	}
	if !exists {
		if err := ipt.NewChain(c.table, c.name); err != nil { // Noncompliant
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

// addAll stands in for the container runtime invoking the plugin (cmdAdd) for
// several containers at once; each one sets up the shared top-level DNAT chain.
func addAll(ipt ipTables, containers []string) []error {
	errs := make([]error, len(containers))
	var wg sync.WaitGroup
	for i, id := range containers {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			top := &chain{
				table: "nat",
				name:  "CNI-HOSTPORT-DNAT",
				rules: [][]string{{"-m", "comment", "--comment", id, "-j", "RETURN"}},
			}
			errs[i] = top.setup(ipt)
		}(i, id)
	}
	wg.Wait()
	return errs
}
