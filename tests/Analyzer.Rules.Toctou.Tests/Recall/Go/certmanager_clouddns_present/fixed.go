// https://github.com/cert-manager/cert-manager/pull/6088
// Fixed: the existing rrset is kept; one Change deletes exactly the rrset that was
// read and adds it back with our value appended. Cloud DNS applies the change as a
// unit and rejects it if the rrset changed meanwhile, so the caller backs off and retries.
package clouddns

import (
	"time"

	dns "google.golang.org/api/dns/v1"
)

// CloudDNSSolver is the Google Cloud DNS dns01 solver shared by all challenge workers.
type CloudDNSSolver struct {
	project string
	client  *dns.Service
}

// PresentAppend adds our TXT value to the challenge record set.
func (s *CloudDNSSolver) PresentAppend(fqdn, zone, value string, ttl int) error {
	list, err := s.client.ResourceRecordSets.List(s.project, zone).Name(fqdn).Type("TXT").Do()
	if err != nil {
		return err
	}

	change := &dns.Change{}
	rrdatas := []string{value}
	if len(list.Rrsets) > 0 {
		existing := list.Rrsets[0]
		for _, v := range existing.Rrdatas {
			if v == value {
				return nil
			}
		}
		rrdatas = append(append([]string{}, existing.Rrdatas...), value)
		change.Deletions = []*dns.ResourceRecordSet{existing}
	}
	change.Additions = []*dns.ResourceRecordSet{{
		Name:    fqdn,
		Rrdatas: rrdatas,
		Ttl:     int64(ttl),
		Type:    "TXT",
	}}

	chg, err := s.client.Changes.Create(s.project, zone, change).Do()
	if err != nil {
		// a concurrent edit makes the deletion precondition fail; the
		// challenge controller retries with back-off
		return err
	}
	for chg.Status == "pending" {
		time.Sleep(time.Second)
		chg, err = s.client.Changes.Get(s.project, zone, chg.Id).Do()
		if err != nil {
			return err
		}
	}
	return nil
}
