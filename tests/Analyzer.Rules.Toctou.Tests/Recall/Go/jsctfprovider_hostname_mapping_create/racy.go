// https://github.com/Jamf-Concepts/terraform-provider-jsctfprovider/pull/111 (issue #102)
// The API keeps all custom hostname mappings in one collection. Create GETs it, checks the hostname is
// absent, appends and PUTs the whole collection back; Terraform applies for_each resources in parallel,
// so creates read the same collection and each PUT overwrote the others' additions.
// Fix: a package-level mutex held across the GET, the check and the PUT (also in Update/Delete).
package hostnamemapping

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const mappingsURL = "https://radar.wandera.com/gate/dns-zone-management-service/v1/custom-hostname-mappings"

type Mapping struct {
	Hostname  string   `json:"hostname"`
	SecureDNS bool     `json:"secureDns"`
	ZTNA      bool     `json:"ztna"`
	A         []string `json:"a"`
	AAAA      []string `json:"aaaa"`
}

type Mappings struct {
	Mapping []Mapping `json:"mappings"`
}

// ResourceData stands in for the terraform-plugin-sdk schema.ResourceData.
type ResourceData struct {
	attrs map[string]interface{}
	id    string
}

func (d *ResourceData) Get(key string) interface{} { return d.attrs[key] }
func (d *ResourceData) SetId(id string)            { d.id = id }

// MakeRequest is the provider's authenticated HTTP helper (internal/auth).
var MakeRequest = http.DefaultClient.Do

func getAllHostnameMappings() (*Mappings, error) {
	req, err := http.NewRequest("GET", mappingsURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := MakeRequest(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("failed to read mappings: %s", resp.Status)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var response Mappings
	if err := json.Unmarshal(body, &response); err != nil {
		return nil, err
	}
	return &response, nil
}

func putAllHostnameMappings(m *Mappings) error {
	payload, err := json.Marshal(m)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("PUT", mappingsURL, bytes.NewBuffer(payload))
	if err != nil {
		return err
	}
	resp, err := MakeRequest(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("failed to write mappings: %s", resp.Status)
	}
	return nil
}

// resourceHostnameMappingCreate is the Create callback, run in parallel for every planned mapping.
func resourceHostnameMappingCreate(d *ResourceData, m interface{}) error {
	response, err := getAllHostnameMappings()
	if err != nil {
		return err
	}

	hostname := d.Get("hostname").(string)
	for _, mapping := range response.Mapping {
		if strings.EqualFold(mapping.Hostname, hostname) {
			return fmt.Errorf("hostname mapping already exists")
		}
	}

	response.Mapping = append(response.Mapping, Mapping{
		Hostname:  hostname,
		SecureDNS: d.Get("securedns").(bool),
		ZTNA:      d.Get("ztna").(bool),
		A:         d.Get("a").([]string),
		AAAA:      d.Get("aaaa").([]string),
	})

	if err := putAllHostnameMappings(response); err != nil { // Noncompliant
		return fmt.Errorf("failed to create hostname mapping: %w", err)
	}

	d.SetId(hostname)
	return nil
}
