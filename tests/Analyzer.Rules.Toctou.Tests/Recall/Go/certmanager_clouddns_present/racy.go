// https://github.com/cert-manager/cert-manager/pull/6088
// CloudDNS dns01 Present listed the _acme-challenge TXT rrset and then submitted a
// change that deleted whatever it had listed and added only its own value. Another
// cert-manager (other cluster) could add its value in between; that value was wiped
// and its challenge never completed. The fix submits one Change that deletes the exact
// rrset it read and adds it back with the extra rrdata, so Cloud DNS applies it as a
// single compare-and-replace (a concurrent edit makes the change fail and it is retried).
package clouddns

import (
	"time"

	dns "google.golang.org/api/dns/v1"
)

// DNSProvider is the Google Cloud DNS dns01 solver shared by all challenge workers.
type DNSProvider struct {
	project string
	client  *dns.Service
}

// Present creates a TXT record to fulfil the dns-01 challenge.
func (c *DNSProvider) Present(fqdn, zone, value string, ttl int) error {
	rec := &dns.ResourceRecordSet{
		Name:    fqdn,
		Rrdatas: []string{value},
		Ttl:     int64(ttl),
		Type:    "TXT",
	}
	change := &dns.Change{
		Additions: []*dns.ResourceRecordSet{rec},
	}

	list, err := c.client.ResourceRecordSets.List(c.project, zone).Name(fqdn).Type("TXT").Do()
	if err != nil {
		return err
	}
	if len(list.Rrsets) > 0 {
		change.Deletions = list.Rrsets
	}

	chg, err := c.client.Changes.Create(c.project, zone, change).Do() // Noncompliant
	if err != nil {
		return err
	}
	for chg.Status == "pending" {
		time.Sleep(time.Second)
		chg, err = c.client.Changes.Get(c.project, zone, chg.Id).Do()
		if err != nil {
			return err
		}
	}
	return nil
}
